/// The two sides of a comparison as the claim words them: "more than $30 billion a year" gives
/// what stands before the comparative and what follows "than"; "up from 4% a year earlier" gives
/// the figure and its baseline. Plain text; nil when the claim does not name both.
enum ComparisonSides {
  static func sides(in text: String) -> (String, String)? {
    let raw = text.split(separator: " ")
    let words = raw.map { ClaimFacts.trimPunctuation($0) }
    let lower = words.map { $0.lowercased() }
    if let than = lower.firstIndex(of: "than"), than >= 1, than + 1 < words.count {
      // The comparative word before "than" ("more", "higher") and up to four words before it.
      let comparative = than - 1
      var left = words[max(0, comparative - 4)...comparative].joined(separator: " ")
      // "The company sold 2.3 million units in its first week, more than any previous model": the
      // comparison qualifies the clause before the comma, from its figure on.
      if comparative >= 2, raw[comparative - 1].hasSuffix(",") {
        let clause = max(0, comparative - 10)..<comparative
        let start = clause.first { words[$0].contains(where: \.isNumber) } ?? max(0, comparative - 6)
        left = words[start..<comparative].joined(separator: " ")
      }
      let right = words[(than + 1)...].prefix(6).joined(separator: " ")
      return left.isEmpty || right.isEmpty ? nil : (left, right)
    }
    if let from = lower.firstIndex(of: "from"), from >= 1, ["up", "down", "rose", "fell", "increased", "decreased"].contains(lower[from - 1]),
      from + 1 < words.count
    {
      let left = words[max(0, from - 4)..<from].joined(separator: " ")
      let right = words[(from + 1)...].prefix(5).joined(separator: " ")
      return (left, right)
    }
    return nil
  }
}
