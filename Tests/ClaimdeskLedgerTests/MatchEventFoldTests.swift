import ClaimdeskSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger

/// `claim.matched`, `claim.match_rejected` and `factchecks.imported` fold the same way through
/// the whole fold, one claim's fold and the listing; bad data is a verify error.
@Suite struct MatchEventFoldTests {
  static let at = "2026-12-06T00:00:00.000Z"

  static func matched(_ claim: String, earlier: String) -> EventDraft {
    let matches = [
      SeenBeforeMatch(target: .claim(earlier), tier: "same claim", similarity: 0.93, status: "verified"),
      SeenBeforeMatch(
        target: .factCheck("https://factcheck.example/a"), tier: "related", similarity: 0.55, verdict: "False",
        publisher: "Example", date: "2024-01-02", title: "A", claimReviewed: "a claim", figures: "5% vs 7%"),
    ]
    return EventDraft(op: .claimMatched, claim: claim, data: ClaimMatchedPayload(matches: matches, method: "hybrid").json)
  }

  static let imported = EventDraft(
    op: .factChecksImported,
    data: FactChecksImportedPayload(file: "fc.csv", sha256: String(repeating: "a", count: 64), count: 2, stored: "claims/factchecks/x.csv").json)

  @Test func everyFoldAgreesOnMatchesAndRejections() throws {
    let workspace = try TestWorkspace()
    let ids = try workspace.addClaims(3)
    try workspace.ledger.append([Self.imported, Self.matched(ids[2], earlier: ids[0])], actor: "tester", at: Self.at)
    try workspace.ledger.append(
      [EventDraft(op: .matchRejected, claim: ids[2], data: MatchRejectedPayload(reference: ids[0], note: "not it").json)],
      actor: "tester", at: Self.at)
    let state = try workspace.workbench.state()
    let claim = try #require(state.claims[ids[2]])
    #expect(claim.matches.count == 2)
    #expect(claim.seenBefore.map(\.reference) == ["https://factcheck.example/a"])
    #expect(claim.seenBefore.first?.figures == "5% vs 7%")
    #expect(claim.matchMethod == "hybrid")
    #expect(claim.history.suffix(2).map(\.summary) == [
      "seen before: same claim: claim \(ids[0].prefix(12)); related: https://factcheck.example/a",
      "match rejected: claim \(ids[0].prefix(12)): not it",
    ])
    #expect(state.factCheckImports.map(\.payload.count) == [2])
    #expect(try workspace.workbench.claim(ids[2]).claim == claim)
    let listed = try workspace.workbench.listing().compactMap { claim, _ in claim }
    #expect(listed.count == 3)
    #expect(listed.allSatisfy { state.claims[$0.id] == $0 })
    let report = try workspace.ledger.verify()
    #expect(report.events == 3 + 3)
  }

  @Test func aMatchRoundTripsThroughItsJSON() throws {
    let match = SeenBeforeMatch(
      target: .factCheck("import:abc:3"), tier: "similar, different figure", similarity: 0.612345, verdict: "Half true",
      publisher: "P", date: "2020-02-02", title: "T", claimReviewed: "C", figures: "2019 vs 2020")
    #expect(SeenBeforeMatch(match.json) == match)
    #expect(SeenBeforeMatch(["tier": "same claim", "similarity": 5]) == nil)  // neither claim nor fact-check
    #expect(SeenBeforeMatch(["claim": "abc", "tier": "same claim", "similarity": 5]) == nil)  // not a full id
  }

  @Test(arguments: [
    EventDraft(op: .factChecksImported, data: ["file": "x", "sha256": "short", "count": 1, "stored": "s"]),
    EventDraft(op: .factChecksImported, data: ["file": "x", "sha256": .string(String(repeating: "b", count: 64)), "count": -1, "stored": "s"]),
  ])
  func aBadImportIsRejectedByVerify(_ draft: EventDraft) throws {
    let workspace = try TestWorkspace()
    _ = try workspace.addClaims(1)
    try workspace.ledger.append([draft], actor: "tester", at: Self.at)
    #expect(throws: LedgerError.self) { try workspace.ledger.verify() }
  }

  @Test func badMatchDataIsRejectedByVerify() throws {
    for data: [String: JSONValue] in [["matches": "none", "method": "hybrid"], ["matches": [["tier": "x"]], "method": "lexical"]] {
      let workspace = try TestWorkspace()
      let ids = try workspace.addClaims(1)
      try workspace.ledger.append([EventDraft(op: .claimMatched, claim: ids[0], data: data)], actor: "tester", at: Self.at)
      #expect(throws: LedgerError.self) { try workspace.ledger.verify() }
    }
    let workspace = try TestWorkspace()
    let ids = try workspace.addClaims(1)
    try workspace.ledger.append([EventDraft(op: .matchRejected, claim: ids[0], data: ["reference": ""])], actor: "tester", at: Self.at)
    #expect(throws: LedgerError.self) { try workspace.ledger.verify() }
  }
}
