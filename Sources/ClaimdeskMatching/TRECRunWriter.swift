import Foundation

/// Writes a run in TREC format, one line per retrieved document:
/// `qid Q0 docid rank score tag` (rank from 1), queries in the order given.
public enum TRECRunWriter {
  public static func format(_ run: [(qid: String, ranked: [(id: String, score: Double)])], tag: String) -> String {
    var out = ""
    for (qid, ranked) in run {
      for (position, entry) in ranked.enumerated() {
        out += "\(qid)\tQ0\t\(entry.id)\t\(position + 1)\t\(String(format: "%.6f", entry.score))\t\(tag)\n"
      }
    }
    return out
  }

  public static func write(_ run: [(qid: String, ranked: [(id: String, score: Double)])], tag: String, to url: URL) throws {
    try format(run, tag: tag).write(to: url, atomically: true, encoding: .utf8)
  }
}
