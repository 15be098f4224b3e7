import Foundation

extension Ledger {
  /// The state every committed event folds into, and how many committed bytes it covers: what
  /// `state(continuing:)` needs to fold only what is appended later.
  public func foldedState() throws -> FoldedState {
    let (length, hashLines) = try committedLength()
    let state = try LedgerReader.fold(
      length: length, verify: hashLines, file: store.displayName, expectedClaims: expectedClaims(length: length),
      read: store.read)
    return FoldedState(state: state, length: length)
  }

  /// How many claims a fold of `length` bytes will likely make: the index's count, if there
  /// is an index no longer than the ledger. Only room is reserved by it, and at most one claim
  /// per 512 bytes the index covers is believed (a `claim.added` line is longer), so that a
  /// stale or garbled index costs little memory; a count too low only leaves the table to grow.
  func expectedClaims(length: Int) -> Int? {
    guard let hint = LedgerIndex.claimCountHint(path: indexPath), hint.claims > 0, hint.ledgerLength <= length
    else { return nil }
    return min(hint.claims, hint.ledgerLength / 512)
  }

  /// Brings `folded` up to date by folding only the events committed after its bytes, in
  /// place: a long-running reader (the server) keeps its state this way instead of folding the
  /// whole ledger after every write (and, holding the only reference to the state, without
  /// copying it). Each new event must chain onto the one before, the first onto `folded`'s last,
  /// and hashes are checked as by `state()`. False when the new bytes do not fold onto `folded`
  /// (the ledger is shorter, was rewritten by a recovery, or a line is bad): `folded` is then
  /// half-done and must be thrown away; fold the ledger whole with `foldedState()`, which names
  /// the bad line if there is one.
  public func fold(continuing folded: inout FoldedState) throws -> Bool {
    let (length, hashLines) = try committedLength()
    guard length >= folded.length else { return false }
    guard length > folded.length else { return true }
    let shared = LedgerBytes(try store.read(folded.length..<length))
    let claimsBefore = folded.state.claimOrder.count
    var folds = true
    var repeated = EventLine.RepeatedStrings()
    shared.bytes.withUnsafeBufferPointer { all in
      LedgerReader.forEachLine(all, in: 0..<all.count) { range in
        let line = LedgerReader.decode(range, of: all, shared: shared, checkHash: hashLines, readingBytes: true, repeated: &repeated)
        do throws(LineProblem) {
          try LedgerReader.apply(line, to: &folded.state, chained: true)
          return true
        } catch {
          folds = false
          return false
        }
      }
    }
    if folds {
      folded.length = length
      // The new claims' texts are slices of `shared`: copied out, so that it is freed.
      folded.state.keepTextsApart(ofClaimsFrom: claimsBefore)
    }
    return folds
  }
}
