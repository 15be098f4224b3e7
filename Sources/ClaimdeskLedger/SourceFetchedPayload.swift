import ClaimdeskSupport
/// The data of `source.fetched`: one fetch of a claim's source URL and the passages of the page
/// that bear on that claim. Its one encoder (`json`) and one decoder (`init?(_:)`).
public struct SourceFetchedPayload: Sendable, Equatable {
  /// The source as the claim names it (the fetch may have ended elsewhere: `fetch.finalURL`).
  public var url: String
  public var fetch: FetchRecord
  /// Nil when the page had no text to rank (a failure, an empty body): then none is written.
  public var passages: [PassageRecord]?

  public init(url: String, fetch: FetchRecord, passages: [PassageRecord]?) {
    self.url = url
    self.fetch = fetch
    self.passages = passages
  }

  public var json: [String: JSONValue] {
    var data = fetch.json
    data["url"] = .string(url)
    if let passages { data["passages"] = .array(passages.map(\.json)) }
    return data
  }

  /// Nil without a string `url`.
  public init?(_ data: JSONValue) {
    guard let url = data["url"]?.stringValue else { return nil }
    self.init(url: url, fetch: FetchRecord(data), passages: data["passages"]?.arrayValue?.compactMap(PassageRecord.init))
  }
}
