import Foundation

extension Ledger {
  /// The state every committed event folds into, and how many committed bytes it covers: what
  /// `state(continuing:)` needs to fold only what is appended later.
  public func foldedState() throws -> FoldedState {
    let (length, hashLines) = try committedLength()
    return FoldedState(state: try LedgerReader.fold(store.read(0..<length), verify: hashLines, file: store.displayName), length: length)
  }

  /// `folded` brought up to date by folding only the events committed after its bytes: a
  /// long-running reader (the server) keeps its state this way instead of folding the whole
  /// ledger after every write. Each new event must chain onto the one before, the first onto
  /// `folded`'s last, and hashes are checked as by `state()`. Nil when the new bytes do not fold
  /// onto `folded` (the ledger is shorter, was rewritten by a recovery, or a line is bad): fold
  /// it whole then with `foldedState()`, which names the bad line if there is one.
  public func state(continuing folded: FoldedState) throws -> FoldedState? {
    let (length, hashLines) = try committedLength()
    guard length >= folded.length else { return nil }
    guard length > folded.length else { return folded }
    let tail = try store.read(folded.length..<length)
    var state = folded.state
    let shared = LedgerBytes(tail)
    var folds = true
    var repeated = EventLine.RepeatedStrings()
    shared.bytes.withUnsafeBufferPointer { all in
      LedgerReader.forEachLine(all, in: 0..<all.count) { range in
        let line = LedgerReader.decode(range, of: all, shared: shared, checkHash: hashLines, readingBytes: true, repeated: &repeated)
        do throws(LineProblem) {
          try LedgerReader.apply(line, to: &state, chained: true)
          return true
        } catch {
          folds = false
          return false
        }
      }
    }
    return folds ? FoldedState(state: state, length: length) : nil
  }
}
