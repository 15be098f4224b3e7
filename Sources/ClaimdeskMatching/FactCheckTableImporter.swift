import Foundation

/// Fact-checks from a CSV or TSV with a header row.
///
/// Columns are found by name, case-insensitively, in any order; extra columns are ignored:
/// claim (also `claim_text`, `claimReviewed`, CheckThat!'s `vclaim`), verdict (`rating`,
/// `textualRating`), url (`link`), date (`datePublished`), publisher (`source`, `author`),
/// title (`headline`) and id (`vclaim_id`). Only the claim column is required, so the
/// CheckThat! layout `vclaim_id, vclaim, title` reads as it is.
public struct FactCheckTableImporter: Sendable {
  public let delimiter: Character

  public init(delimiter: Character) {
    self.delimiter = delimiter
  }

  static let aliases: [String: String] = [
    "claim": "claim", "claim_text": "claim", "claimreviewed": "claim", "claim_reviewed": "claim", "vclaim": "claim",
    "verdict": "verdict", "rating": "verdict", "textualrating": "verdict", "textual_rating": "verdict",
    "url": "url", "link": "url", "review_url": "url",
    "date": "date", "datepublished": "date", "date_published": "date", "review_date": "date",
    "publisher": "publisher", "source": "publisher", "author": "publisher",
    "title": "title", "headline": "title",
    "vclaim_id": "id", "id": "id", "claim_id": "id",
  ]

  public func records(_ text: String, path: String) throws -> [FactCheckRecord] {
    let rows = try DelimitedTextReader(delimiter: delimiter).records(text, path: path)
    guard let header = rows.first else {
      throw MatchingError.invalidFile(path, line: nil, "empty file: expected a header row with a claim column")
    }
    var column: [String: Int] = [:]
    for (index, name) in header.fields.enumerated() {
      let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        .replacingOccurrences(of: "\u{FEFF}", with: "")
      if let role = Self.aliases[key], column[role] == nil { column[role] = index }
    }
    guard column["claim"] != nil else {
      let found = header.fields.joined(separator: ", ")
      throw MatchingError.invalidFile(
        path, line: header.line, "no claim column in header (found: \(found)); expected claim, verdict, url, date, publisher")
    }
    var result: [FactCheckRecord] = []
    for row in rows.dropFirst() {
      guard row.fields.count == header.fields.count else {
        throw MatchingError.invalidFile(
          path, line: row.line, "\(row.fields.count) fields, header has \(header.fields.count)")
      }
      func value(_ role: String) -> String? {
        guard let index = column[role] else { return nil }
        let v = row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
      }
      guard let claim = value("claim") else {
        throw MatchingError.invalidFile(path, line: row.line, "empty claim")
      }
      result.append(
        FactCheckRecord(
          claim: claim, verdict: value("verdict"), url: value("url"), date: value("date"),
          publisher: value("publisher"), title: value("title"), sourceID: value("id"), line: row.line))
    }
    return result
  }
}
