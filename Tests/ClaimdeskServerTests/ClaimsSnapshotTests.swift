import Foundation
import Testing
import ClaimdeskExtraction
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

/// The server's kept fold: after a write only the new events are folded onto it, and the result
/// is what a whole fold gives.
@Suite struct ClaimsSnapshotTests {
  @Test func aReviewIsFoldedOntoTheKeptStateAsAWholeFoldWouldHaveIt() throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let snapshot = ClaimsSnapshot(workbench: fixture.workbench)
    let before = try snapshot.current()
    let (claim, _) = try fixture.topClaim()
    _ = try fixture.workbench.review(claim.id, ReviewRequest(status: .inProgress, sources: [], note: "looking"), expecting: claim.lastEventHash)
    let after = try snapshot.current()
    let whole = try fixture.workbench.state()
    #expect(after.state.claims[claim.id]?.status == .inProgress)
    #expect(after.state.lastSeq == whole.lastSeq)
    #expect(after.state.lastHash == whole.lastHash)
    #expect(after.ranked.map(\.id) == ClaimOrder.byScore(whole).map(\.id))
    #expect(after.ranked.map(\.status) == ClaimOrder.byScore(whole).map(\.status))
    #expect(after.shortIDs == before.shortIDs)
  }

  @Test func newClaimsGetTheirPlaceAndShortIDs() throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let snapshot = ClaimsSnapshot(workbench: fixture.workbench)
    _ = try snapshot.current()
    _ = try fixture.workbench.extract(
      Array("The harbour authority said ridership rose 40 percent in 2023 to 12 million trips.".utf8), origin: "note.txt",
      options: ExtractionOptions(minimumScore: 0), scorer: CheckWorthinessModel.shipped)
    let after = try snapshot.current()
    let whole = try fixture.workbench.state()
    #expect(after.state.claims.count == whole.claims.count)
    #expect(after.ranked.map(\.id) == ClaimOrder.byScore(whole).map(\.id))
    #expect(after.shortIDs == ClaimIDs.shortest(Array(whole.claims.keys)))
    #expect(after.state.documents.count == 2)
  }

  @Test func aFoldThatIsNoPrefixOfTheLedgerIsNotContinued() throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let ledger = fixture.workbench.ledger
    let folded = try ledger.foldedState()
    #expect(try ledger.state(continuing: folded)?.length == folded.length)
    // Longer than the ledger (it was cut back by a recovery): fold it whole.
    #expect(try ledger.state(continuing: FoldedState(state: folded.state, length: folded.length + 10)) == nil)
    // Bytes that do not chain onto the kept state.
    let (claim, _) = try fixture.topClaim()
    _ = try fixture.workbench.note(claim.id, text: "a note")
    #expect(try ledger.state(continuing: FoldedState(state: LedgerState(), length: folded.length)) == nil)
    let continued = try #require(try ledger.state(continuing: folded))
    #expect(continued.state.claims[claim.id]?.notes.last?.text == "a note")
    #expect(continued.length == (try ledger.foldedState()).length)
  }
}
