/// A fold of the ledger and how many committed bytes it covers (see `Ledger.state(continuing:)`).
public struct FoldedState: Sendable {
  public var state: LedgerState
  /// Committed bytes folded.
  public var length: Int

  public init(state: LedgerState, length: Int) {
    self.state = state
    self.length = length
  }
}
