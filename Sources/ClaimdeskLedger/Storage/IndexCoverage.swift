/// Which prefix of the ledger a stored claim index was derived from: the committed lines up to
/// `length` bytes, the last of them hashing to `lastHash`. An index is only used for exactly
/// the lines it covers; anything else makes it catch up (the lines after it) or rebuild.
public struct IndexCoverage: Equatable, Sendable {
  public var length: Int
  public var lastHash: String

  public init(length: Int, lastHash: String) {
    self.length = length
    self.lastHash = lastHash
  }

  /// The coverage of an index of every line up to `head`.
  public init(_ head: LedgerHead) {
    self.init(length: head.length, lastHash: head.hash)
  }
}
