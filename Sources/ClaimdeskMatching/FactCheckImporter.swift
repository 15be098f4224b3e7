import Foundation

/// Reads a fact-check file of any supported layout, chosen by content: JSON (starts with
/// `{` or `[`) is ClaimReview JSON-LD; anything else is a table, tab-separated when the
/// name ends in .tsv or the header holds a tab, else comma-separated.
public enum FactCheckImporter {
  public static func records(contentsOf url: URL) throws -> [FactCheckRecord] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw MatchingError.invalidFile(url.path, line: nil, "cannot read file")
    }
    return try records(data, path: url.path)
  }

  public static func records(_ data: Data, path: String) throws -> [FactCheckRecord] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw MatchingError.invalidFile(path, line: nil, "not UTF-8 text")
    }
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first
    if start == "{" || start == "[" {
      return try ClaimReviewImporter().records(data, path: path)
    }
    let headerLine = text.prefix { $0 != "\n" }
    let tab = path.lowercased().hasSuffix(".tsv") || headerLine.contains("\t")
    return try FactCheckTableImporter(delimiter: tab ? "\t" : ",").records(text, path: path)
  }
}
