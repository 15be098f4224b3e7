import Foundation

/// Walks the ledger's lines, checks the chain and folds the events into state.
enum LedgerReader {
  /// Folds complete ledger bytes. With `verify`, every line's hash is recomputed from its bytes;
  /// the chain (seq and prev) is always checked. Throws `LedgerError.corruptLine` at the first bad line.
  static func fold(_ bytes: [UInt8], verify: Bool, file: String = "claims/ledger.jsonl") throws -> LedgerState {
    guard verify else {
      let (state, problem) = foldLines(bytes, checkHash: false)
      if let problem { throw LedgerError.corruptLine(file: file, line: problem.line, reason: problem.reason) }
      return state
    }
    // The hashes are checked on a second thread while this one folds. Each line is checked
    // for its shape and hash before anything else, so the earlier of the two first problems
    // (the hash check's on a tie) is the one a single pass would have met.
    let hashes = HashCheck()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { hashes.run(bytes) }
    let (state, problem) = foldLines(bytes, checkHash: false)
    group.wait()
    if let first = hashes.problem, first.line <= problem?.line ?? .max {
      throw LedgerError.corruptLine(file: file, line: first.line, reason: first.reason)
    }
    if let problem { throw LedgerError.corruptLine(file: file, line: problem.line, reason: problem.reason) }
    return state
  }

  /// The fold, and the first bad line (1-based) if any: the state then holds the lines before it.
  private static func foldLines(_ bytes: [UInt8], checkHash: Bool) -> (LedgerState, (line: Int, reason: String)?) {
    var state = LedgerState()
    // A claim.added line takes a kilobyte or more, so this is room for every claim or more;
    // what is never used is never touched.
    state.reserveClaims(bytes.count / 1024)
    var lineNumber = 0
    var repeated = EventLine.RepeatedStrings()
    // The claims' long texts stay slices of these bytes (see `LedgerText`).
    let shared = LedgerBytes(bytes)
    do {
      try shared.bytes.withUnsafeBufferPointer { all in
        try forEachLine(shared.bytes) { line, offset in
          lineNumber += 1
          try read(offset..<(offset + line.count), of: all, shared: shared, into: &state, checkHash: checkHash, chained: true, repeated: &repeated)
        }
      }
    } catch let problem as LineProblem {
      return (state, (lineNumber, problem.reason))
    } catch {
      return (state, (lineNumber, "\(error)"))
    }
    return (state, nil)
  }

  /// Checks every line's shape and hash, stopping at the first that fails.
  private final class HashCheck: @unchecked Sendable {
    /// Written by `run` alone, read only after it has finished.
    private(set) var problem: (line: Int, reason: String)?

    func run(_ bytes: [UInt8]) {
      var lineNumber = 0
      do {
        try forEachLine(bytes) { line, _ in
          lineNumber += 1
          _ = try EventLine.body(of: line, checkHash: true)
        }
      } catch let failure as LineProblem {
        problem = (lineNumber, failure.reason)
      } catch {
        problem = (lineNumber, "\(error)")
      }
    }
  }

  /// Reads the line at `range` of `buffer` into `state`. With `chained`, its seq and prev must
  /// follow the last event's. The frequent ops' data is read straight from the bytes; anything
  /// else is parsed into an event first.
  static func read(
    _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, shared: LedgerBytes?, into state: inout LedgerState,
    checkHash: Bool, chained: Bool, repeated: inout EventLine.RepeatedStrings
  ) throws(LineProblem) {
    let line = UnsafeBufferPointer(rebasing: buffer[range])
    let (body, hash) = try EventLine.body(of: line, checkHash: checkHash)
    if let (header, data) = EventLine.envelope(body, hash: hash, repeated: repeated) {
      repeated.remember(header)
      if chained { try checkChain(header, state) }
      let absolute = (range.lowerBound + data.lowerBound)..<(range.lowerBound + data.upperBound)
      if try state.apply(header, data: EventDataReader(buffer, range: absolute, shared: shared)) { return }
      if let value = EventLine.data(in: body, range: data) { return try state.apply(LedgerEvent(header, data: value)) }
    }
    let event = try EventLine.generalEvent(body, hash: hash)
    if chained { try checkChain(event.header, state) }
    try state.apply(event)
  }

  private static func checkChain(_ event: EventHeader, _ state: LedgerState) throws(LineProblem) {
    guard event.seq == state.lastSeq + 1 else {
      throw LineProblem("seq \(event.seq) where \(state.lastSeq + 1) was expected (a line was deleted, added or moved)")
    }
    guard event.prev == state.lastHash else {
      throw LineProblem("prev does not match the hash of the event before it (a line was deleted, added or moved)")
    }
  }

  /// Calls `body` with each newline-terminated line (without the newline) and its byte offset.
  static func forEachLine(
    _ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var start = 0
      while start < buffer.count {
        guard let hit = memchr(base + start, 0x0A, buffer.count - start) else { return }
        let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        try body(UnsafeBufferPointer(rebasing: buffer[start..<end]), start)
        start = end + 1
      }
    }
  }
}
