import ClaimdeskSupport

/// `claim.matched` and `claim.match_rejected` folded into a claim: the newest match list
/// replaces the last; a rejection hides one match for good, whichever list names it later.
extension ClaimState {
  mutating func setSeenBefore(_ event: LedgerEvent) throws(LineProblem) {
    guard let data = ClaimMatchedPayload(event.data) else {
      throw LineProblem("claim.matched needs data.matches (each with a claim id or factcheck, tier and similarity) and data.method")
    }
    matches = data.matches
    matchMethod = data.method
    let summary =
      data.matches.isEmpty
      ? "seen before: nothing"
      : "seen before: " + data.matches.map { "\($0.tier): \(Self.shortReference($0))" }.joined(separator: "; ")
    record(event.header, summary: .text(summary))
  }

  mutating func rejectMatch(_ event: LedgerEvent) throws(LineProblem) {
    guard let data = MatchRejectedPayload(event.data) else { throw LineProblem("claim.match_rejected needs data.reference") }
    if !rejectedMatches.contains(data.reference) { rejectedMatches.append(data.reference) }
    let note = data.note.map { ": \($0)" } ?? ""
    record(event.header, summary: .text("match rejected: \(Self.shortReference(data.reference))\(note)"))
  }

  private static func shortReference(_ match: SeenBeforeMatch) -> String { shortReference(match.reference) }

  /// A claim id cut to 12 digits (histories are read by people); a fact-check as it is.
  private static func shortReference(_ reference: String) -> String {
    ClaimIDs.isFullID(reference) ? "claim \(reference.prefix(12))" : reference
  }
}
