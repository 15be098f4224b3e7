import ClaimdeskLedger

/// One seen-before match in words, as `check`, `show`, the worksheet and the server say it:
/// "same claim as claim 9ab1c2d3 (verified), similarity 0.93" or "related to fact-check
/// https://… (PolitiFact, 2024-01-02: False), similarity 0.55; figures differ: 5% vs 7%".
public enum SeenBeforeText {
  /// `shortID` shows an earlier claim's id; `status` is its current status, when known.
  public static func line(_ match: SeenBeforeMatch, shortID: String? = nil, status: String? = nil) -> String {
    let relation =
      switch match.tier {
      case "same claim": "same claim as"
      case "related": "related to"
      case "unrelated": "unrelated to"
      default: "similar to"  // "similar, different figure": the figures are named below
      }
    var what: String
    switch match.target {
    case .claim(let id):
      what = "claim \(shortID ?? String(id.prefix(12)))"
      if let status = status ?? match.status { what += " (\(status))" }
    case .factCheck(let reference):
      what = "fact-check \(reference)"
      let origin = [match.publisher, match.date].compactMap { $0 }.joined(separator: ", ")
      let verdict = match.verdict ?? "no verdict given"
      what += origin.isEmpty ? " (\(verdict))" : " (\(origin): \(verdict))"
    }
    var line = "\(relation) \(what), similarity \(String(format: "%.2f", match.similarity))"
    if let figures = match.figures { line += "; figures differ: \(figures)" }
    return line
  }
}
