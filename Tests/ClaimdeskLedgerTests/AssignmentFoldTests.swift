import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger

/// `claim.assigned` folds the same way through the whole fold, the index and the listing.
@Suite struct AssignmentFoldTests {
  @Test func everyFoldAgreesOnTheAssignee() throws {
    let workspace = try TestWorkspace()
    let ids = try workspace.addClaims(3)
    try workspace.workbench.assign(ids[0], to: "dana")
    try workspace.workbench.assign(ids[1], to: "eli")
    try workspace.workbench.assign(ids[1], to: nil)
    let state = try workspace.workbench.state()
    #expect(state.claims[ids[0]]?.assignee == "dana")
    #expect(state.claims[ids[1]]?.assignee == nil)
    #expect(state.claims[ids[1]]?.history.suffix(2).map(\.summary) == ["assigned to eli", "unassigned"])
    #expect(try workspace.workbench.claim(ids[0]).claim == state.claims[ids[0]])
    let listed = try workspace.workbench.listing().compactMap { claim, _ in claim }
    #expect(listed.allSatisfy { state.claims[$0.id] == $0 })
    _ = try workspace.ledger.verify()
  }

  @Test func aBadAssignmentIsRejectedByVerify() throws {
    let workspace = try TestWorkspace()
    let ids = try workspace.addClaims(1)
    try workspace.ledger.append(
      [EventDraft(op: .claimAssigned, claim: ids[0], data: ["to": .int(5)])], actor: "tester", at: "2026-12-06T00:00:00.000Z")
    #expect(throws: LedgerError.self) { try workspace.ledger.verify() }
  }

  @Test func aStaleExpectationWritesNothing() throws {
    let workspace = try TestWorkspace()
    let ids = try workspace.addClaims(1)
    let seen = try workspace.workbench.claim(ids[0]).claim.lastEventHash
    try workspace.workbench.note(ids[0], text: "meanwhile")
    let before = workspace.lines.count
    #expect(throws: ReviewConflict.self) {
      try workspace.workbench.review(ids[0], ReviewRequest(status: .inProgress, sources: [], note: nil), expecting: seen)
    }
    #expect(throws: ReviewConflict.self) { try workspace.workbench.assign(ids[0], to: "dana", expecting: seen) }
    #expect(workspace.lines.count == before)
  }
}
