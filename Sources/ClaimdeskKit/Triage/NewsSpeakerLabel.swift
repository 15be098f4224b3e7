import ClaimdeskExtraction
import ClaimdeskSupport

/// Who made one news unit's statement (`eval/speakers/*.jsonl`): the page, the unit's text and
/// its sentence named by their digests (`NewsUnitLabel.digest`, so no page text is copied), and
/// the speaker a reader named (nil: the writer, an unnamed source, a place or a publication
/// that carried it).
public struct NewsSpeakerLabel: Sendable, Equatable {
  public var page: String
  public var unit: String
  /// The digest of the unit's sentence: the unit is found by it when the extractor cuts the
  /// sentence differently now.
  public var sentence: String
  public var speaker: String?

  /// Parses JSON Lines (blank lines ignored). Throws `ExtractionError.invalidSpeakerLabel`.
  public static func parse(jsonLines text: String, path: String) throws -> [NewsSpeakerLabel] {
    try JSONLines.map(text, failure: { ExtractionError.invalidSpeakerLabel(path: path, line: $0, reason: $1) }) { value, fail in
      guard let page = value["page"]?.stringValue, !page.isEmpty else { throw fail("no \"page\" string") }
      guard let unit = value["unit"]?.stringValue, unit.count == 16 else { throw fail("no 16-digit \"unit\" digest") }
      guard let sentence = value["sentence"]?.stringValue, sentence.count == 16 else {
        throw fail("no 16-digit \"sentence\" digest")
      }
      let speaker: String?
      switch value["speaker"] {
      case .string(let name)? where !name.isEmpty: speaker = name
      case .null?: speaker = nil
      default: throw fail("\"speaker\" must be a name or null")
      }
      return NewsSpeakerLabel(page: page, unit: unit, sentence: sentence, speaker: speaker)
    }
  }
}
