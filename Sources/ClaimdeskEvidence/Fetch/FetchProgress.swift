/// Where a fetch run stands, reported from the engine's thread after each finished URL and
/// about five times a second in between.
public struct FetchProgress: Sendable {
  public let total: Int
  public let done: Int
  /// Body bytes received so far, all transfers together.
  public let bytes: Int
  public let elapsedMilliseconds: Int
  /// The result that just finished, nil for a periodic report.
  public let finished: FetchResult?

  public init(total: Int, done: Int, bytes: Int, elapsedMilliseconds: Int, finished: FetchResult?) {
    self.total = total
    self.done = done
    self.bytes = bytes
    self.elapsedMilliseconds = elapsedMilliseconds
    self.finished = finished
  }
}
