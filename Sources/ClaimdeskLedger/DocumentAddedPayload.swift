import ClaimdeskSupport
/// The data of `document.added`: where a document came from, its digests and what it says
/// about itself, and the fetch when it was read from a URL. One encoder (`json`), one decoder.
public struct DocumentAddedPayload: Sendable, Equatable {
  /// The path or URL it was read from.
  public var origin: String
  public var format: String
  /// SHA-256 (hex) of the original bytes, and of the normalised text (the document's id).
  public var bytesSHA256: String
  public var textSHA256: String?
  public var sentences: Int?
  public var title: String?
  public var url: String?
  public var published: String?
  public var byline: String?
  public var siteName: String?
  public var language: String?
  public var fetch: FetchRecord?

  public init(origin: String, format: String, bytesSHA256: String, textSHA256: String, sentences: Int) {
    self.origin = origin
    self.format = format
    self.bytesSHA256 = bytesSHA256
    self.textSHA256 = textSHA256
    self.sentences = sentences
  }

  public var json: [String: JSONValue] {
    var data: [String: JSONValue] = [
      "origin": .string(origin), "format": .string(format), "bytes_sha256": .string(bytesSHA256),
    ]
    if let textSHA256 { data["text_sha256"] = .string(textSHA256) }
    if let sentences { data["sentences"] = .int(sentences) }
    for (key, value) in [("title", title), ("url", url), ("published", published), ("byline", byline),
                         ("site_name", siteName), ("language", language)] {
      if let value { data[key] = .string(value) }
    }
    if let fetch { data["fetch"] = .object(fetch.json) }
    return data
  }

  /// Nil without string `origin`, `format` and `bytes_sha256`.
  init?(_ data: JSONValue) {
    guard let origin = data["origin"]?.stringValue, let format = data["format"]?.stringValue,
      let bytesSHA256 = data["bytes_sha256"]?.stringValue
    else { return nil }
    self.origin = origin
    self.format = format
    self.bytesSHA256 = bytesSHA256
    textSHA256 = data["text_sha256"]?.stringValue
    sentences = data["sentences"]?.intValue
    title = data["title"]?.stringValue
    url = data["url"]?.stringValue
    published = data["published"]?.stringValue
    byline = data["byline"]?.stringValue
    siteName = data["site_name"]?.stringValue
    language = data["language"]?.stringValue
    fetch = data["fetch"].map(FetchRecord.init)
  }
}
