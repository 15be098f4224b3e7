import Foundation
import ClaimdeskSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The ledger as files in `claims/`: `ledger.jsonl` (the lines), `HEAD` (the commit point) and
/// `.lock` (writers hold an exclusive `flock` on it; readers take no lock).
struct FileLedgerStore: LedgerStore {
  let directory: String
  var ledgerPath: String { directory + "/ledger.jsonl" }
  var headPath: String { directory + "/HEAD" }
  var lockPath: String { directory + "/.lock" }
  let displayName = "claims/ledger.jsonl"
  /// Pieces `stream` hands out: large enough that a read costs little per byte (tests lower it).
  let pieceSize: Int

  init(claimsDirectory: String, pieceSize: Int = 8 << 20) {
    self.directory = claimsDirectory
    self.pieceSize = pieceSize
  }

  func head() throws -> LedgerHead? {
    let fd = open(headPath, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw LedgerError.io(path: headPath, reason: String(cString: strerror(errno)))
    }
    close(fd)
    guard let head = LedgerHead(serialized: try Self.readAll(headPath)) else {
      throw LedgerError.headMismatch(
        file: "claims/HEAD",
        reason: "claims/HEAD is not readable; it should hold {\"hash\":H,\"length\":BYTES,\"seq\":N}: restore it from a backup and run `claimdesk ledger verify`")
    }
    return head
  }

  func storedLength() throws -> Int {
    var info = stat()
    if stat(ledgerPath, &info) == 0 { return Int(info.st_size) }
    if errno == ENOENT { return 0 }
    throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno)))
  }

  func read(_ range: Range<Int>) throws -> [UInt8] {
    let fd = open(ledgerPath, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return [] }
      throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    return try Self.read(fd, range, path: ledgerPath)
  }

  func stream(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
    let fd = open(ledgerPath, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT, range.isEmpty { return }
      throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    // One buffer, reused: a piece, then the unfinished line it ended in moved to the front.
    var buffer = [UInt8](repeating: 0, count: pieceSize)
    var carried = 0
    var offset = range.lowerBound
    var position = range.lowerBound
    while position < range.upperBound || carried > 0 {
      if carried == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let want = min(buffer.count - carried, range.upperBound - position)
      var got = 0
      if want > 0 {
        got = buffer.withUnsafeMutableBytes { Self.read(fd, into: $0.baseAddress! + carried, count: want, at: position) }
        guard got >= 0 else { throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno))) }
      }
      position += got
      let filled = carried + got
      let atEnd = got == 0 || position >= range.upperBound
      try buffer.withUnsafeBufferPointer { all in
        let end = atEnd ? filled : (UnsafeBufferPointer(rebasing: all[..<filled]).lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
        if end > 0 { try body(UnsafeBufferPointer(rebasing: all[..<end]), offset) }
        offset += end
        carried = filled - end
      }
      if carried > 0, !atEnd { buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + (filled - carried), byteCount: carried) } }
      if atEnd { break }
    }
  }

  func withWriteLock<T>(_ body: () throws -> T) throws -> T {
    let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: lockPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      if errno != EINTR { throw LedgerError.io(path: lockPath, reason: String(cString: strerror(errno))) }
    }
    defer { flock(fd, LOCK_UN) }
    removeStaleHeadFiles()
    return try body()
  }

  /// HEAD is only ever written under the lock, so a `HEAD.tmp-<pid>` found while holding it is
  /// what a writer killed mid-commit left behind.
  private func removeStaleHeadFiles() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in names where name.hasPrefix("HEAD.tmp-") { unlink(directory + "/" + name) }
  }

  func setAsideUncommitted(beyond head: LedgerHead) throws -> String? {
    let size = try storedLength()
    guard size > head.length else { return nil }
    let stamp = Timestamp.format(Date()).replacingOccurrences(of: ":", with: "")
    var name = "ledger.jsonl.uncommitted-\(stamp)"
    var n = 2
    while FileManager.default.fileExists(atPath: directory + "/" + name) {
      name = "ledger.jsonl.uncommitted-\(stamp)-\(n)"
      n += 1
    }
    // Copied whole and made durable before the ledger is cut: the bytes are never only in one
    // place that a crash could lose.
    var aside: [UInt8] = []
    try stream(head.length..<size) { piece, _ in aside.append(contentsOf: piece) }
    try AtomicFile.write(aside, to: directory + "/" + name)
    let fd = open(ledgerPath, O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    guard ftruncate(fd, off_t(head.length)) == 0, fsync(fd) == 0 else {
      throw LedgerError.io(path: ledgerPath, reason: "cannot cut the uncommitted lines: \(String(cString: strerror(errno)))")
    }
    return "claims/" + name
  }

  func write(_ lines: [[UInt8]], at offset: Int) throws {
    let fd = open(ledgerPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
    for line in lines {
      bytes.append(contentsOf: line)
      bytes.append(0x0A)
    }
    try Self.writeAll(fd, bytes, at: offset, path: ledgerPath)
  }

  func commit(_ newHead: LedgerHead) throws {
    let fd = open(ledgerPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw LedgerError.io(path: ledgerPath, reason: "fsync failed: \(String(cString: strerror(errno)))") }
    // The commit: HEAD replaced by rename, and the folder synced so the rename survives a power
    // cut (the lines beyond the old HEAD would otherwise be set aside as never acknowledged).
    do {
      try AtomicFile.write(newHead.serialized, to: headPath, syncFolder: true)
    } catch let error as AtomicFileError {
      throw LedgerError.io(path: headPath, reason: error.reason)
    }
  }

  /// Device, inode, size and change time (which no one can set by hand, unlike the modification
  /// time). For recording, returned once the coarse clock has moved past that change time, so
  /// any later write gets a later one even where times are stamped at clock-tick granularity.
  func changeToken(forRecording: Bool) throws -> String? {
    var info = stat()
    guard stat(ledgerPath, &info) == 0 else {
      if errno == ENOENT { return "none" }
      throw LedgerError.io(path: ledgerPath, reason: String(cString: strerror(errno)))
    }
    let changed = info.st_ctim
    var now = timespec()
    for _ in 0..<(forRecording ? 200 : 0) {
      clock_gettime(CLOCK_REALTIME_COARSE, &now)
      if now.tv_sec > changed.tv_sec || (now.tv_sec == changed.tv_sec && now.tv_nsec > changed.tv_nsec) { break }
      usleep(250)
    }
    return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(changed.tv_sec).\(changed.tv_nsec)"
  }

  /// A whole small file (HEAD, the index, checkpoints) in one buffer. A missing file reads as empty.
  static func readAll(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return [] }
      throw LedgerError.io(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw LedgerError.io(path: path, reason: String(cString: strerror(errno))) }
    return try read(fd, 0..<Int(info.st_size), path: path)
  }

  /// `range` of the file, read with plain pread(2) into an uninitialised buffer (zero-filling
  /// 200 MB first would touch every page once more for nothing). A large range is read in two
  /// halves at once: the copy out of the page cache, and the faulting-in of fresh pages it
  /// causes, take a tenth of a second per 200 MB on one core. A file that ends sooner gives less.
  private static func read(_ fd: Int32, _ range: Range<Int>, path: String) throws -> [UInt8] {
    let size = range.count
    let parts = size >= 8 << 20 ? [0..<(size / 2), (size / 2)..<size] : [0..<size]
    var results: [(filled: Int, errno: Int32)] = []
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      // Each thread writes its own part of the buffer, which outlives them.
      nonisolated(unsafe) let target = UnsafeMutableRawBufferPointer(buffer)
      results = concurrentMap(parts.count) { i in
        let part = parts[i]
        var filled = 0
        while filled < part.count {
          let got = Self.read(fd, into: target.baseAddress! + part.lowerBound + filled, count: part.count - filled, at: range.lowerBound + part.lowerBound + filled)
          if got < 0 { return (filled, errno) }
          if got == 0 { break }  // the file ends sooner
          filled += got
        }
        return (filled, 0)
      }
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

  /// One pread, retried on EINTR: bytes read, 0 at the end of the file, -1 on error.
  private static func read(_ fd: Int32, into target: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
    while true {
      let got = pread(fd, target, count, off_t(offset))
      if got < 0 && errno == EINTR { continue }
      return got
    }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws {
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
