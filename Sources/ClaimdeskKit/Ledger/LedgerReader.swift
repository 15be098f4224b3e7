import Foundation

/// Walks the ledger's lines, checks the chain and folds the events into state.
enum LedgerReader {
  /// Folds complete ledger bytes. With `verify`, every line's hash is recomputed from its bytes;
  /// the chain (seq and prev) is always checked. Throws `LedgerError.corruptLine` at the first bad line.
  static func fold(_ bytes: [UInt8], verify: Bool, file: String = "claims/ledger.jsonl") throws -> LedgerState {
    var state = LedgerState()
    var lineNumber = 0
    var repeated = EventLine.RepeatedStrings()
    try forEachLine(bytes) { line, _ in
      lineNumber += 1
      do throws(LineProblem) {
        let event = try EventLine.parse(line, checkHash: verify, repeated: &repeated)
        guard event.seq == state.lastSeq + 1 else {
          throw LineProblem("seq \(event.seq) where \(state.lastSeq + 1) was expected (a line was deleted, added or moved)")
        }
        guard event.prev == state.lastHash else {
          throw LineProblem("prev does not match the hash of the event before it (a line was deleted, added or moved)")
        }
        try state.apply(event)
      } catch {
        throw LedgerError.corruptLine(file: file, line: lineNumber, reason: error.reason)
      }
    }
    return state
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
