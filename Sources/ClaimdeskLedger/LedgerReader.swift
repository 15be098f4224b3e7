import Foundation

/// Walks the ledger's lines, checks the chain and folds the events into state.
enum LedgerReader {
  /// Folds complete ledger bytes. With `verify`, every line's hash is recomputed from its bytes;
  /// the chain (seq and prev) is always checked. Throws `LedgerError.corruptLine` at the first bad line.
  /// Ledgers of `parallelFrom` bytes or more are folded on two threads (tests lower it);
  /// `readingBytes` false parses every line whole (tests compare the two ways).
  static func fold(
    _ bytes: [UInt8], verify: Bool, file: String = "claims/ledger.jsonl", parallelFrom: Int = 1 << 20,
    readingBytes: Bool = true
  ) throws -> LedgerState {
    var state = LedgerState()
    let (_, problem) = foldLines(
      bytes, upTo: bytes.count, into: &state, linesBefore: 0, checkHash: verify, parallelFrom: parallelFrom,
      readingBytes: readingBytes)
    if let problem { throw LedgerError.corruptLine(file: file, line: problem.line, reason: problem.reason) }
    return state
  }

  /// Folds the committed bytes `0..<length`, read through `read` a chunk of whole lines at a time
  /// (`chunk` bytes, more for a longer line), as `fold(_:verify:)` folds them: the whole ledger's
  /// bytes are never held at once, and the claims' texts are copied out of each chunk (see
  /// `TextArena`), so the fold's memory is the state's. Bytes after the last LF are not read,
  /// as a fold of the whole bytes reads no incomplete line.
  /// `expectedClaims`, when known (the index's count), reserves room for them at once.
  /// The next chunk is read while one is folded (`ChunkReadAhead`): `read` is called from
  /// another thread, one call at a time, and never after the fold returns or throws.
  static func fold(
    length: Int, verify: Bool, file: String, chunk: Int = 8 << 20, expectedClaims: Int? = nil,
    read: @escaping @Sendable (Range<Int>) throws -> [UInt8]
  ) throws -> LedgerState {
    var state = LedgerState()
    if let expectedClaims { state.reserveClaims(expectedClaims) }
    var start = 0
    var lines = 0
    var size = chunk
    var ahead: ChunkReadAhead?
    defer { ahead?.wait() }
    while start < length {
      let wanted = start..<min(length, start + size)
      let bytes: [UInt8]
      if let next = ahead, next.range == wanted {
        bytes = try next.bytes()
      } else {
        ahead?.wait()
        bytes = try read(wanted)
      }
      ahead = nil
      guard let last = bytes.lastIndex(of: 0x0A) else {
        // The end (or a short read): what is left is no complete line.
        if wanted.upperBound == length || bytes.count < wanted.count { break }
        size *= 2  // a line longer than a chunk
        continue
      }
      let following = start + last + 1
      if following < length { ahead = ChunkReadAhead(following..<min(length, following + chunk), read: read) }
      let (folded, problem) = foldLines(
        bytes, upTo: last + 1, into: &state, linesBefore: lines, checkHash: verify, parallelFrom: 1 << 20,
        readingBytes: true)
      if let problem { throw LedgerError.corruptLine(file: file, line: problem.line, reason: problem.reason) }
      lines += folded
      start += last + 1
      size = chunk
    }
    return state
  }

  /// Folds the lines of `bytes[0..<end]` onto `state`, then copies the texts of the claims they
  /// added out of `bytes`: how many lines, and the first bad line (1-based, counting the
  /// `linesBefore` folded already) if any. On a large range a second thread
  /// reads the later lines (everything that needs no state; most of them, see `firstShare`)
  /// while this one folds the earlier ones, then checks every hash; this one then applies the
  /// later lines. Each
  /// line is checked for its shape and hash before anything else, so the earlier of the two
  /// first problems (the hash check's on a tie) is the one a single pass would have met.
  private static func foldLines(
    _ bytes: [UInt8], upTo end: Int, into state: inout LedgerState, linesBefore: Int, checkHash: Bool,
    parallelFrom: Int, readingBytes: Bool
  ) -> (lines: Int, problem: (line: Int, reason: String)?) {
    let claimsBefore = state.claimOrder.count
    // The claims' long texts are slices of these bytes until `keepTextsApart` copies them.
    let shared = LedgerBytes(bytes)
    let split = bytes.withUnsafeBufferPointer {
      halves(UnsafeBufferPointer(rebasing: $0[..<end]), from: parallelFrom, firstShare: firstShare)[0].upperBound
    }
    let helper = SecondHalf(
      shared: shared, from: split, end: end, checkHashes: checkHash && split < end, readingBytes: readingBytes,
      linesBefore: linesBefore)
    let group = DispatchGroup()
    if split < end { helperQueue.async(group: group) { helper.run() } }

    var lineNumber = linesBefore
    var problem: (line: Int, reason: String)?
    var repeated = EventLine.RepeatedStrings()
    let firstHashed = checkHash && split == end
    shared.bytes.withUnsafeBufferPointer { all in
      forEachLine(all, in: 0..<split) { range in
        lineNumber += 1
        do throws(LineProblem) {
          let line = decode(
            range, of: all, shared: shared, checkHash: firstHashed, readingBytes: readingBytes, repeated: &repeated)
          try apply(line, to: &state, chained: true)
          return true
        } catch {
          problem = (lineNumber, error.reason)
          return false
        }
      }
    }
    // The other thread's lines are applied a batch at a time as soon as they are read, while it
    // reads the rest and then checks the hashes: waiting for all of them made this thread idle.
    if problem == nil, split < end {
      helper.forEachRead { line in
        lineNumber += 1
        do throws(LineProblem) { try apply(line, to: &state, chained: true) } catch {
          problem = (lineNumber, error.reason)
          return false
        }
        return true
      }
    }
    // Still beside the hash check; wasted only when it finds a bad line (the state is then dropped).
    if problem == nil { state.keepTextsApart(ofClaimsFrom: claimsBefore) }
    group.wait()
    if let hashProblem = helper.hashProblem, hashProblem.line <= problem?.line ?? .max { problem = hashProblem }
    return (lineNumber - linesBefore, problem)
  }

  /// Where the second thread's work runs: a queue of its own, whose thread is not one of the
  /// global pool's (one per core), where a server request waiting on the fold would leave the
  /// helper no thread to run on. Serial, so one thread (one malloc arena) serves every chunk;
  /// two folds at once take turns for it.
  private static let helperQueue = DispatchQueue(label: "claimdesk.ledger.fold-helper")

  /// How much of a large range this thread reads itself: it also applies every line, which
  /// costs about as much as reading them. Measured on the server's start (100k claims, 66,667
  /// fetches, 2 cores): with halves, and the other thread's lines applied only once all were
  /// read, this thread spent 1.9 s of CPU and the other 1.1 s; 0.35 balanced them. Since its lines
  /// are applied a batch at a time as they are read, this thread waited for them (and for the
  /// hashes) 0.1-0.5 s in all at 0.35 and almost never from 0.45 on (load 3.7-4.5, 2026-12-06).
  static let firstShare = 0.45

  /// Complete lines in one or, from `parallelFrom` bytes on, two ranges that meet at the end of
  /// the line crossing the middle: how the readers of large ledgers share them between threads.
  /// `firstShare` of the bytes go to the first range (a half unless told).
  static func halves(_ lines: UnsafeBufferPointer<UInt8>, from parallelFrom: Int, firstShare: Double = 0.5) -> [Range<Int>] {
    let middle = min(lines.count, max(0, Int(Double(lines.count) * firstShare)))
    guard lines.count >= parallelFrom, lines.count > 0,
      let hit = memchr(lines.baseAddress! + middle, 0x0A, lines.count - middle)
    else { return [0..<lines.count] }
    let split = lines.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
    return split < lines.count ? [0..<split, split..<lines.count] : [0..<lines.count]
  }

  /// The second thread's work: the lines from `from` on read as far as they can be without the
  /// state, then, when asked, the shape and hash of every line checked.
  private final class SecondHalf: @unchecked Sendable {
    let shared: LedgerBytes
    let from: Int
    let end: Int
    let checkHashes: Bool
    let readingBytes: Bool
    let linesBefore: Int
    /// The lines read go to the folding thread `batch` at a time (see `forEachRead`).
    static let batch = 256
    // Written by `run` alone: `lineCount` and `lines` before `ready` is first signalled, each
    // line before the signal that ends its batch; `hashProblem` before `run` returns (the
    // DispatchGroup orders it).
    private var lineCount = 0
    private var lines: UnsafeMutablePointer<ReadLine>?
    /// How many of `lines` `forEachRead` has moved out (written by the folding thread alone).
    private var taken = 0
    private(set) var hashProblem: (line: Int, reason: String)?
    /// Signalled once for each batch read (once in all when there are no lines).
    private let ready = DispatchSemaphore(value: 0)

    init(shared: LedgerBytes, from: Int, end: Int, checkHashes: Bool, readingBytes: Bool, linesBefore: Int) {
      self.shared = shared
      self.from = from
      self.end = end
      self.checkHashes = checkHashes
      self.readingBytes = readingBytes
      self.linesBefore = linesBefore
    }

    func run() {
      shared.bytes.withUnsafeBufferPointer { all in
        var count = 0
        forEachLine(all, in: from..<end) { _ in
          count += 1
          return true
        }
        let lines = UnsafeMutablePointer<ReadLine>.allocate(capacity: max(count, 1))
        self.lines = lines
        lineCount = count
        if count == 0 { ready.signal() }
        var repeated = EventLine.RepeatedStrings()
        var read = 0
        forEachLine(all, in: from..<end) { range in
          (lines + read).initialize(
            to: decode(range, of: all, shared: shared, checkHash: false, readingBytes: readingBytes, repeated: &repeated))
          read += 1
          if read % Self.batch == 0 || read == count { ready.signal() }
          return true
        }
        guard checkHashes else { return }
        var lineNumber = linesBefore
        forEachLine(all, in: 0..<end) { range in
          lineNumber += 1
          do throws(LineProblem) {
            _ = try EventLine.body(of: UnsafeBufferPointer(rebasing: all[range]), checkHash: true)
            return true
          } catch {
            hashProblem = (lineNumber, error.reason)
            return false
          }
        }
      }
    }

    /// Calls `body` with each line `run` reads, in order, as soon as its batch is read, until
    /// `body` returns false.
    func forEachRead(_ body: (ReadLine) -> Bool) {
      ready.wait()
      guard let lines else { return }
      for i in 0..<lineCount {
        if i > 0, i % Self.batch == 0 { ready.wait() }
        // Moved out, not copied: the buffer keeps only the lines not yet applied.
        let line = (lines + i).move()
        taken = i + 1
        guard body(line) else { return }
      }
    }

    deinit {
      guard let lines else { return }
      (lines + taken).deinitialize(count: lineCount - taken)
      lines.deallocate()
    }
  }

  /// A line read as far as it can be without the state.
  enum ReadLine {
    case claimAdded(EventHeader, ClaimAddedData)
    case review(EventHeader, ReviewData)
    case fetched(EventHeader, SourceFetchedData)
    case event(LedgerEvent)
    /// What made the line unreadable; the header when its members could be read, so that the
    /// chain is checked first, as a single pass would.
    case problem(LineProblem, EventHeader?)
  }

  /// Reads the line at `range` of `buffer` into `state`. With `chained`, its seq and prev must
  /// follow the last event's.
  static func read(
    _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, shared: LedgerBytes?, into state: inout LedgerState,
    checkHash: Bool, chained: Bool, repeated: inout EventLine.RepeatedStrings
  ) throws(LineProblem) {
    try apply(
      decode(range, of: buffer, shared: shared, checkHash: checkHash, readingBytes: true, repeated: &repeated),
      to: &state, chained: chained)
  }

  /// The frequent ops' data is read straight from the bytes; anything else is parsed into an
  /// event.
  static func decode(
    _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, shared: LedgerBytes?, checkHash: Bool,
    readingBytes: Bool, repeated: inout EventLine.RepeatedStrings
  ) -> ReadLine {
    let line = UnsafeBufferPointer(rebasing: buffer[range])
    let body: UnsafeBufferPointer<UInt8>
    let hash: String
    do throws(LineProblem) { (body, hash) = try EventLine.body(of: line, checkHash: checkHash) } catch {
      return .problem(error, nil)
    }
    var header: EventHeader?
    if readingBytes, let (found, data) = EventLine.envelope(body, hash: hash, repeated: repeated) {
      repeated.remember(found)
      header = found
      let absolute = (range.lowerBound + data.lowerBound)..<(range.lowerBound + data.upperBound)
      let reader = EventDataReader(buffer, range: absolute, shared: shared)
      if found.op == .claimAdded, let read = ClaimAddedData(reading: reader) { return .claimAdded(found, read) }
      if let read = ReviewData(reading: reader, op: found.op) { return .review(found, read) }
      if found.op == .sourceFetched,
        let read = SourceFetchedData(reading: reader, bytes: UnsafeBufferPointer(rebasing: buffer[absolute]))
      {
        return .fetched(found, read)
      }
      if let value = EventLine.data(in: body, range: data) { return .event(LedgerEvent(found, data: value)) }
    }
    do throws(LineProblem) { return .event(try EventLine.generalEvent(body, hash: hash)) } catch {
      return .problem(error, header)
    }
  }

  static func apply(_ line: ReadLine, to state: inout LedgerState, chained: Bool) throws(LineProblem) {
    switch line {
    case .claimAdded(let header, let data):
      if chained { try checkChain(header, state) }
      try state.apply(header, claimAdded: data)
    case .review(let header, let data):
      if chained { try checkChain(header, state) }
      try state.apply(header, review: data)
    case .fetched(let header, let data):
      if chained { try checkChain(header, state) }
      try state.apply(header, fetched: data)
    case .event(let event):
      if chained { try checkChain(event.header, state) }
      try state.apply(event)
    case .problem(let problem, let header):
      if chained, let header { try checkChain(header, state) }
      throw problem
    }
  }

  private static func checkChain(_ event: EventHeader, _ state: LedgerState) throws(LineProblem) {
    guard event.seq == state.lastSeq + 1 else {
      throw LineProblem("seq \(event.seq) where \(state.lastSeq + 1) was expected (a line was deleted, added or moved)")
    }
    guard event.prev == state.lastHash else {
      throw LineProblem("prev does not match the hash of the event before it (a line was deleted, added or moved)")
    }
  }

  /// Calls `body` with the range of each newline-terminated line (without the newline) in
  /// `range` of `buffer` (which starts a line), until it returns false.
  static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>, _ body: (Range<Int>) -> Bool) {
    guard let base = buffer.baseAddress else { return }
    var start = range.lowerBound
    while start < range.upperBound {
      guard let hit = memchr(base + start, 0x0A, range.upperBound - start) else { return }
      let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard body(start..<end) else { return }
      start = end + 1
    }
  }
}
