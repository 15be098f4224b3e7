import ClaimdeskExtraction
import ClaimdeskSupport

/// One labelled unit of a news page (`training/news/labels.jsonl`): the page, the unit's text
/// named by its digest (the first 16 hex digits of its SHA-256, so the pages' text is not
/// copied into the repository), and how it was labelled.
public struct NewsUnitLabel: Sendable, Equatable {
  public enum Label: String, Sendable, CaseIterable {
    case claim
    case nonClaim = "non-claim"
    case furniture
    case unsure
  }

  /// The page's id: its file is `<id>.html.gz` in the pages folder.
  public var page: String
  public var unit: String
  public var label: Label

  /// The digest `unit` holds for a unit's text.
  public static func digest(_ text: String) -> String { String(Hashing.sha256Hex(text).prefix(16)) }

  /// Parses JSON Lines (blank lines ignored). Throws `ExtractionError.invalidUnitLabel`.
  public static func parse(jsonLines text: String, path: String) throws -> [NewsUnitLabel] {
    try JSONLines.map(text, failure: { ExtractionError.invalidUnitLabel(path: path, line: $0, reason: $1) }) { value, fail in
      guard let page = value["page"]?.stringValue, !page.isEmpty else { throw fail("no \"page\" string") }
      guard let unit = value["unit"]?.stringValue, unit.count == 16 else { throw fail("no 16-digit \"unit\" digest") }
      guard let name = value["label"]?.stringValue, let label = Label(rawValue: name) else {
        throw fail("\"label\" must be one of \(Label.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return NewsUnitLabel(page: page, unit: unit, label: label)
    }
  }
}
