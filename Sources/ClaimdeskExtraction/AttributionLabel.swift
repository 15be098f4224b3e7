import ClaimdeskSupport
/// One hand-labelled sentence of an article: where it is (scalar offsets into the article body)
/// and what a reader says about it. The text itself is never stored with the label.
public struct AttributionLabel: Sendable, Equatable {
  public var article: String
  public var start: Int
  public var end: Int
  public var speaker: String?
  public var hedges: [String]
  public var kinds: [String]

  public init(article: String, start: Int, end: Int, speaker: String?, hedges: [String], kinds: [String]) {
    self.article = article
    self.start = start
    self.end = end
    self.speaker = speaker
    self.hedges = hedges
    self.kinds = kinds
  }

  /// Parses JSON Lines (blank lines ignored). Throws `ExtractionError.invalidLabel`.
  public static func parse(jsonLines text: String, path: String) throws -> [AttributionLabel] {
    try JSONLines.map(text, failure: { ExtractionError.invalidLabel(path: path, line: $0, reason: $1) }) { value, fail in
      guard let article = value["article"]?.stringValue else { throw fail("no \"article\" string") }
      guard let start = value["start"]?.intValue, let end = value["end"]?.intValue, start >= 0, end > start else {
        throw fail("\"start\" and \"end\" must be offsets with start < end")
      }
      let speaker = value["speaker"]?.stringValue
      if speaker == nil, let s = value["speaker"], !s.isNull { throw fail("\"speaker\" must be a string or null") }
      func strings(_ key: String) throws -> [String] {
        guard let items = value[key]?.arrayValue else { return [] }
        return try items.map { item in
          guard let s = item.stringValue else { throw fail("\"\(key)\" must hold strings") }
          return s
        }
      }
      let kinds = try strings("kinds")
      for k in kinds where ClaimKind(rawValue: k) == nil { throw fail("unknown kind \"\(k)\"") }
      return 
        AttributionLabel(article: article, start: start, end: end, speaker: speaker, hedges: try strings("hedges"), kinds: kinds)
    }
  }
}
