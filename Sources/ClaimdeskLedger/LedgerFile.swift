import Foundation
import ClaimdeskSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The ledger's files: `ledger.jsonl` (the events), `HEAD` (last seq and hash) and `.lock`.
/// Writers hold an exclusive `flock` on `.lock`; readers take no lock and ignore an unfinished tail.
struct LedgerFile: Sendable {
  let directory: String
  var ledgerPath: String { directory + "/ledger.jsonl" }
  var headPath: String { directory + "/HEAD" }
  var lockPath: String { directory + "/.lock" }
  /// How the ledger is named in diagnostics (relative to the workspace).
  let displayName: String

  init(claimsDirectory: String) {
    self.directory = claimsDirectory
    self.displayName = "claims/ledger.jsonl"
  }

  /// The ledger's bytes up to and including its last newline: a torn final line is left out.
  func readCompleteBytes() throws -> [UInt8] {
    var bytes = try Self.readAll(ledgerPath)
    if let last = bytes.lastIndex(of: 0x0A) {
      bytes.removeSubrange((last + 1)...)
    } else {
      bytes.removeAll()
    }
    return bytes
  }

  /// Length in bytes of an unfinished final line (0 when the ledger ends in a newline). Reads
  /// only the end of the file, growing the window until it holds a newline.
  func tornTailLength() -> Int {
    let fd = open(ledgerPath, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return 0 }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return 0 }
    let size = Int(info.st_size)
    var window = 65536
    while true {
      let start = max(0, size - window)
      var tail = [UInt8](repeating: 0, count: size - start)
      let got = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
      guard got == tail.count else { return 0 }
      if let last = tail.lastIndex(of: 0x0A) { return tail.count - last - 1 }
      if start == 0 { return size }
      window *= 4
    }
  }

  /// The whole file in one buffer, read with plain read(2): `FileManager.contents` would copy a
  /// 200 MB ledger twice. A missing file reads as empty.
  static func readAll(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return [] }
      throw LedgerError.io(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw LedgerError.io(path: path, reason: String(cString: strerror(errno))) }
    // Uninitialised: zero-filling 200 MB first would touch every page once more for nothing.
    // A large file is read in two halves at once: the copy out of the page cache, and the
    // faulting-in of fresh pages it causes, take a tenth of a second per 200 MB on one core.
    let size = Int(info.st_size)
    let parts = size >= 8 << 20 ? [0..<(size / 2), (size / 2)..<size] : [0..<size]
    var results: [(filled: Int, errno: Int32)] = []
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      // Each thread writes its own part of the buffer, which outlives them.
      nonisolated(unsafe) let target = UnsafeMutableRawBufferPointer(buffer)
      results = concurrentMap(parts.count) { Self.read(fd, parts[$0], into: target) }
      // A file that shrank under us keeps what was read up to the first short part.
      initialized = 0
      for (part, result) in zip(parts, results) {
        initialized += result.filled
        if result.filled < part.count { break }
      }
    }
    if let failure = results.first(where: { $0.errno != 0 })?.errno {
      throw LedgerError.io(path: path, reason: String(cString: strerror(failure)))
    }
    return bytes
  }

  /// Reads `range` of the file into the same range of `buffer`: how much, and errno if it failed.
  private static func read(_ fd: Int32, _ range: Range<Int>, into buffer: UnsafeMutableRawBufferPointer) -> (filled: Int, errno: Int32) {
    var filled = 0
    while filled < range.count {
      let got = pread(fd, buffer.baseAddress! + range.lowerBound + filled, range.count - filled, off_t(range.lowerBound + filled))
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { return (filled, got < 0 ? errno : 0) }  // 0: the file shrank under us
      filled += got
    }
    return (filled, 0)
  }

  func readHead() throws -> LedgerHead? {
    guard let data = FileManager.default.contents(atPath: headPath) else { return nil }
    guard let value = try? JSONParser.parse([UInt8](data)), let seq = value["seq"]?.intValue,
      let hash = value["hash"]?.stringValue, let length = value["length"]?.intValue
    else {
      throw LedgerError.headMismatch(file: "claims/HEAD", reason: "claims/HEAD is not readable; it should hold the last seq, hash and length")
    }
    return LedgerHead(seq: seq, hash: hash, length: length)
  }

  /// Runs `body` holding the workspace's exclusive write lock.
  func withExclusiveLock<T>(_ body: () throws -> T) throws -> T {
    let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: lockPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      if errno != EINTR { throw LedgerError.io(path: lockPath, reason: String(cString: strerror(errno))) }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  /// Appends events for `drafts` as one write followed by fsync, then rewrites HEAD.
  /// Must be called under `withExclusiveLock`.
  func append(_ drafts: [EventDraft], actor: String, at: String) throws -> AppendOutcome {
    let fd = open(ledgerPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var size = Int(lseek(fd, 0, SEEK_END))
    var movedTail: String?
    var last: (seq: Int, hash: String) = (0, EventLine.genesis)
    if size > 0 {
      var tail = try readTail(fd, size: size)
      if tail.tornStart < size {
        movedTail = try moveTornTail(fd, from: tail.tornStart, to: size)
        size = tail.tornStart
        tail = try readTail(fd, size: size)
      }
      if let lastLine = tail.lastLine {
        do {
          let event = try lastLine.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer) }
          last = (event.seq, event.hash)
        } catch {
          throw LedgerError.corruptLine(
            file: displayName, line: countLines(fd, upTo: size), reason: "\(error.reason); run `claimdesk ledger verify`")
        }
      }
    }
    if let head = try readHead(), head.seq > last.seq {
      throw LedgerError.truncated(file: displayName, headSeq: head.seq, ledgerSeq: last.seq)
    }
    var bytes: [UInt8] = []
    var events: [LedgerEvent] = []
    var offsets: [Int] = []
    for draft in drafts {
      var event = LedgerEvent(
        seq: last.seq + 1, at: at, actor: actor, op: draft.op, claim: draft.claim,
        document: draft.document, data: .object(draft.data), prev: last.hash, hash: "")
      let (line, hash) = EventLine.render(body: event.canonicalBody())
      event.hash = hash
      offsets.append(size + bytes.count)
      bytes.append(contentsOf: line)
      bytes.append(0x0A)
      events.append(event)
      last = (event.seq, hash)
    }
    try writeAll(fd, bytes, at: size, path: ledgerPath)
    guard fsync(fd) == 0 else { throw LedgerError.io(path: ledgerPath, reason: "fsync failed: \(String(cString: strerror(errno)))") }
    let length = size + bytes.count
    try writeHead(LedgerHead(seq: last.seq, hash: last.hash, length: length))
    return AppendOutcome(events: events, offsets: offsets, ledgerLength: length, movedTornTailTo: movedTail)
  }

  /// Rewrites HEAD atomically: temporary file, fsync, rename, fsync of the folder.
  func writeHead(_ head: LedgerHead) throws {
    let value: JSONValue = ["seq": .int(head.seq), "hash": .string(head.hash), "length": .int(head.length)]
    var bytes = JSONWriter.encode(value)
    bytes.append(0x0A)
    // A HEAD one step behind after a crash is tolerated (verify says so), so no folder fsync.
    try AtomicFile.write(bytes, to: headPath, syncFolder: false)
  }

  private struct Tail {
    /// Offset just past the last newline (where a torn line would start).
    var tornStart: Int
    /// The last complete line, without its newline.
    var lastLine: [UInt8]?
  }

  /// Reads backwards from `size` to find the last newline and the complete line before it.
  private func readTail(_ fd: Int32, size: Int) throws -> Tail {
    var chunk = 64 * 1024
    while true {
      let start = max(0, size - chunk)
      var buffer = [UInt8](repeating: 0, count: size - start)
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
      guard n == buffer.count else { throw LedgerError.io(path: ledgerPath, reason: "short read") }
      if let lastNewline = buffer.lastIndex(of: 0x0A) {
        let tornStart = start + lastNewline + 1
        if let previous = buffer[..<lastNewline].lastIndex(of: 0x0A) {
          return Tail(tornStart: tornStart, lastLine: Array(buffer[(previous + 1)..<lastNewline]))
        }
        if start == 0 { return Tail(tornStart: tornStart, lastLine: Array(buffer[..<lastNewline])) }
      } else if start == 0 {
        return Tail(tornStart: 0, lastLine: nil)
      }
      chunk *= 4
    }
  }

  /// Copies an unfinished final line (a crash mid-write) aside, then cuts it off the ledger.
  private func moveTornTail(_ fd: Int32, from start: Int, to end: Int) throws -> String {
    var torn = [UInt8](repeating: 0, count: end - start)
    _ = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
    let stamp = Timestamp.format(Date()).replacingOccurrences(of: ":", with: "")
    let name = "ledger.jsonl.torn-\(stamp)"
    try AtomicFile.write(torn, to: directory + "/" + name)
    guard ftruncate(fd, off_t(start)) == 0, fsync(fd) == 0 else {
      throw LedgerError.io(path: ledgerPath, reason: "cannot cut the torn final line: \(String(cString: strerror(errno)))")
    }
    return "claims/" + name
  }

  private func countLines(_ fd: Int32, upTo size: Int) -> Int {
    var buffer = [UInt8](repeating: 0, count: size)
    _ = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    return buffer.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  private func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + written, $0.count - written, off_t(offset + written)) }
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError.io(path: path, reason: String(cString: strerror(errno)))
      }
      written += n
    }
  }
}

/// What `claims/HEAD` records: the last event's seq and hash, and the ledger's length then.
struct LedgerHead: Equatable, Sendable {
  var seq: Int
  var hash: String
  var length: Int
}

struct AppendOutcome: Sendable {
  var events: [LedgerEvent]
  /// Byte offset of each new event's line.
  var offsets: [Int]
  var ledgerLength: Int
  /// Where a torn final line was moved, if there was one.
  var movedTornTailTo: String?
}
