/// Bounds of the change feed (`GET /changes`): how many may be open at once, how often a quiet
/// one says it is alive (which is also how soon a feed whose client went is noticed and ended),
/// and how long one lasts before it ends and the browser opens a new one.
public struct ChangeFeedSettings: Sendable {
  public var limit: Int
  public var heartbeat: Duration
  public var lifetime: Duration
  /// How often a file ledger's HEAD is read (a database ledger notifies instead).
  public var pollInterval: Duration

  public init(
    limit: Int = 64, heartbeat: Duration = .seconds(15), lifetime: Duration = .seconds(600),
    pollInterval: Duration = .seconds(1)
  ) {
    self.limit = limit
    self.heartbeat = heartbeat
    self.lifetime = lifetime
    self.pollInterval = pollInterval
  }
}
