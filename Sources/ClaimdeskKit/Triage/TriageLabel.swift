import ClaimdeskExtraction
import ClaimdeskSupport

/// One labelled page of a triage set (`eval/triage/labels.jsonl`): the check-worthy claims that
/// must be recorded (verbatim substrings with their speaker, or nil for none), the page's
/// furniture and the article sentences that are not claims.
public struct TriageLabel: Sendable, Equatable {
  public struct Claim: Sendable, Equatable {
    public var text: String
    public var speaker: String?
  }

  /// The page's id: its file is `<id>.html.gz` in the pages folder.
  public var id: String
  public var claims: [Claim]
  public var furniture: [String]
  public var nonclaims: [String]

  /// Parses JSON Lines (blank lines ignored). Throws `ExtractionError.invalidLabel`.
  public static func parse(jsonLines text: String, path: String) throws -> [TriageLabel] {
    try JSONLines.map(text, failure: { ExtractionError.invalidLabel(path: path, line: $0, reason: $1) }) { value, fail in
      guard let id = value["id"]?.stringValue else { throw fail("no \"id\" string") }
      func strings(_ key: String) throws -> [String] {
        guard let items = value[key]?.arrayValue else { throw fail("no \"\(key)\" array") }
        return try items.map { item in
          guard let s = item.stringValue else { throw fail("\"\(key)\" must hold strings") }
          return s
        }
      }
      guard let claimValues = value["claims"]?.arrayValue else { throw fail("no \"claims\" array") }
      let claims = try claimValues.map { item -> Claim in
        guard let text = item["text"]?.stringValue else { throw fail("a claim without \"text\"") }
        let speaker = item["speaker"]?.stringValue
        if speaker == nil, let s = item["speaker"], !s.isNull { throw fail("\"speaker\" must be a string or null") }
        return Claim(text: text, speaker: speaker)
      }
      return TriageLabel(id: id, claims: claims, furniture: try strings("furniture"), nonclaims: try strings("nonclaims"))
    }
  }
}
