import Foundation

/// Queries as CheckThat! ships them: TSV with header `tweet_id, tweet_text`, CSV-quoted
/// where a tweet holds quotes (hence the RFC 4180 reader, with a tab delimiter).
public enum QueryFile {
  public static func read(_ path: String) throws -> [(id: String, text: String)] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let rows = try DelimitedTextReader(delimiter: "\t").records(text, path: path)
    return try rows.dropFirst().map { row in
      guard row.fields.count >= 2 else {
        throw MatchingError.invalidFile(path, line: row.line, "expected `id<TAB>text`")
      }
      return (row.fields[0], row.fields[1])
    }
  }
}
