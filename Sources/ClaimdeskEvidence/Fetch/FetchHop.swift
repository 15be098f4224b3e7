/// One request/response exchange of a fetch: the first request or a redirect.
public struct FetchHop: Sendable, Equatable {
  public let url: String
  /// HTTP status, 0 when no response arrived.
  public let status: Int
  /// The address actually connected, nil when no connection was made.
  public let remoteIP: String?
  /// The absolute redirect target for 3xx answers.
  public let location: String?
  /// WARC-Record-ID of the hop's response (or revisit) record.
  public let warcRecordID: String?
}
