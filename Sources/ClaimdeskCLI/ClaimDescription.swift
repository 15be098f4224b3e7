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
    out += section("sources", claim.sources.map { $0.reference + fetchNote($0) })
    out += section("suggested sources", claim.suggestedSources)
    out += section("seen before", seenBefore)
    out += section("notes", claim.notes.map { "\($0.at)  \($0.actor): \($0.text)" })
    out += section("history", claim.history.map { "#\($0.seq)  \($0.at)  \($0.actor)  \($0.summary)" })
    return out
  }

  /// "(fetched 2x)" when the latest fetch captured the page; "(not captured: failed (timeout))"
  /// when it did not, so a failed fetch never reads as fetched.
  private static func fetchNote(_ source: SourceState) -> String {
    guard let latest = source.fetches.last else { return "" }
    return source.isCaptured ? "  (fetched \(source.fetches.count)x)" : "  (not captured: \(latest.outcome))"
  }

  private static func section(_ title: String, _ lines: [String]) -> String {
    guard !lines.isEmpty else { return "" }
    return "\(title):\n" + lines.map { "  - \(TerminalText.escaped($0))\n" }.joined()
  }
}
