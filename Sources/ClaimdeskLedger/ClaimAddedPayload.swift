import ClaimdeskSupport
/// The data of `claim.added` as it is written: a claim extracted from a document (its sentence,
/// span, score and cues) or entered by hand (`origin` "manual"). Members left nil are not
/// written. The fold reads it back with `ClaimAddedData`, which keeps the texts as slices of
/// the ledger's bytes (from the bytes, or from parsed JSON by the same rules).
public struct ClaimAddedPayload: Sendable, Equatable {
  public var text: String
  public var origin: String?
  public var sentence: String?
  public var sentenceIndex: Int?
  /// Unicode scalar offsets of `text` in the document's stored text.
  public var span: Range<Int>?
  /// Check-worthiness in integer millionths.
  public var score: Int?
  public var kinds: [String]?
  public var hedges: [String]?
  public var cues: [ClaimCueRecord]?
  public var suggestedSources: [String]?
  public var contextBefore: String?
  public var contextAfter: String?
  public var speaker: String?

  public init(text: String) { self.text = text }

  public var json: [String: JSONValue] {
    var data: [String: JSONValue] = ["text": .string(text)]
    if let origin { data["origin"] = .string(origin) }
    if let sentence { data["sentence"] = .string(sentence) }
    if let sentenceIndex { data["sentence_index"] = .int(sentenceIndex) }
    if let span { data["span"] = .object(["start": .int(span.lowerBound), "end": .int(span.upperBound)]) }
    if let score { data["score"] = .int(score) }
    if let kinds { data["kinds"] = .strings(kinds) }
    if let hedges { data["hedges"] = .strings(hedges) }
    if let cues { data["cues"] = .array(cues.map(\.json)) }
    if let suggestedSources { data["suggested_sources"] = .strings(suggestedSources) }
    if let contextBefore { data["context_before"] = .string(contextBefore) }
    if let contextAfter { data["context_after"] = .string(contextAfter) }
    if let speaker { data["speaker"] = .string(speaker) }
    return data
  }
}
