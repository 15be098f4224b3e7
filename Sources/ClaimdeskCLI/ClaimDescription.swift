import ClaimdeskKit
import ClaimdeskLedger

/// The human form of one claim, for `show` and `mark`.
enum ClaimDescription {
  /// `seenBefore` gives the lines of what the claim repeats (see `SeenBeforeOutput.line`).
  static func text(_ claim: ClaimState, shortID: String, seenBefore: [String] = []) -> String {
    var table = TextTable()
    table.add(["claim", shortID])
    table.add(["text", claim.text])
    table.add(["status", claim.status.rawValue])
    if let assignee = claim.assignee { table.add(["assigned to", assignee]) }
    table.add(["speaker", claim.speaker ?? "-"])
    table.add(["hedges", claim.hedges.isEmpty ? "-" : claim.hedges.joined(separator: ", ")])
    table.add(["kinds", claim.kinds.isEmpty ? "-" : claim.kinds.joined(separator: ", ")])
    table.add(["score", claim.score.map { Format.score($0) } ?? "-"])
    if let document = claim.document { table.add(["document", String(document.prefix(12))]) }
    if let sentence = claim.sentence, sentence != claim.text { table.add(["sentence", sentence]) }
    var out = table.rendered()
    out += section("sources", claim.sources.map { $0.reference + ($0.fetches.isEmpty ? "" : "  (fetched \($0.fetches.count)x)") })
    out += section("suggested sources", claim.suggestedSources)
    out += section("seen before", seenBefore)
    out += section("notes", claim.notes.map { "\($0.at)  \($0.actor): \($0.text)" })
    out += section("history", claim.history.map { "#\($0.seq)  \($0.at)  \($0.actor)  \($0.summary)" })
    return out
  }

  private static func section(_ title: String, _ lines: [String]) -> String {
    guard !lines.isEmpty else { return "" }
    return "\(title):\n" + lines.map { "  - \(TerminalText.escaped($0))\n" }.joined()
  }
}
