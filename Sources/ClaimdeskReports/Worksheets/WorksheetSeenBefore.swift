import ClaimdeskLedger

/// A claim's "Seen before" block: each earlier claim or published fact-check it repeats, with
/// its verdict, date, link and similarity, so the reviewer starts from what was already found.
/// Nothing when it repeats nothing.
enum WorksheetSeenBefore {
  static func lines(for claim: ClaimState, earlier: [String: ClaimState], shortIDs: [String: String]) -> [String] {
    let matches = claim.seenBefore
    guard !matches.isEmpty else { return [] }
    var out = ["### Seen before", ""]
    for match in matches {
      var line: String
      switch match.target {
      case .claim(let id):
        let other = earlier[id]
        line = "- " + MarkdownEscaper.inline(SeenBeforeText.line(match, shortID: shortIDs[id], status: other?.status.rawValue))
        if let other {
          if let decided = other.history.last(where: { $0.op == .claimStatus }) {
            line += ", decided \(MarkdownEscaper.inline(String(decided.at.prefix(10)))) by \(MarkdownEscaper.inline(decided.actor))"
          }
          line += ": " + MarkdownEscaper.inline("“\(other.text)”")
        }
      case .factCheck:
        line = "- " + MarkdownEscaper.inline(SeenBeforeText.line(match))
        if let reviewed = match.claimReviewed { line += ": " + MarkdownEscaper.inline("“\(reviewed)”") }
        if let url = match.url { line += " " + MarkdownEscaper.link(url) }
      }
      out.append(line)
    }
    out += ["", "Adopt an earlier verdict with `claimdesk mark \(shortIDs[claim.id] ?? claim.id) --same-as ID-OR-URL`; "
      + "reject a wrong match with `claimdesk match --reject \(shortIDs[claim.id] ?? claim.id) ID-OR-URL`.", ""]
    return out
  }
}
