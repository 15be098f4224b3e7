/// What an append wrote.
public struct AppendResult: Sendable {
  public var events: [LedgerEvent]
  /// Where lines beyond HEAD (a write interrupted before its commit) were moved before appending.
  public var movedUncommittedTo: String?
}
