/// What an append wrote.
public struct AppendResult: Sendable {
  /// The events appended (empty for `appendStreaming`, which does not keep them).
  public var events: [LedgerEvent]
  /// How many events were appended.
  public var count: Int
  /// Where lines beyond HEAD (a write interrupted before its commit) were moved before appending.
  public var movedUncommittedTo: String?
}
