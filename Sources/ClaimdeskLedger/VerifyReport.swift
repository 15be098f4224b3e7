/// What `verify` found on a ledger that passed.
public struct VerifyReport: Sendable, Equatable {
  public var events: Int
  public var claims: Int
  public var documents: Int
  public var lastHash: String
  /// Things worth knowing that are not errors (uncommitted lines, what --since-last skipped,
  /// the checkpoints checked).
  public var notes: [String]
}
