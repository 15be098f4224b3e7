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
    #expect(after.ranked == ClaimOrder.byScore(whole).map(\.id))
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
    #expect(after.ranked == ClaimOrder.byScore(whole).map(\.id))
    #expect(after.kinds == Set(whole.claims.values.flatMap(\.kinds)).sorted())
    for (id, short) in ClaimIDs.shortest(Array(whole.claims.keys)) { #expect(after.shortIDs[id] == short) }
    #expect(after.shortIDs["0123456789abcdef0123456789abcdef"] == nil)
    #expect(after.state.documents.count == 2)
  }

  @Test func aFoldThatIsNoPrefixOfTheLedgerIsNotContinued() throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let ledger = fixture.workbench.ledger
    let folded = try ledger.foldedState()
    var same = folded
    #expect(try ledger.fold(continuing: &same))
    #expect(same.length == folded.length)
    // Longer than the ledger (it was cut back by a recovery): fold it whole.
    var longer = FoldedState(state: folded.state, length: folded.length + 10)
    #expect(try !ledger.fold(continuing: &longer))
    // Bytes that do not chain onto the kept state.
    let (claim, _) = try fixture.topClaim()
    _ = try fixture.workbench.note(claim.id, text: "a note")
    var other = FoldedState(state: LedgerState(), length: folded.length)
    #expect(try !ledger.fold(continuing: &other))
    var continued = folded
    #expect(try ledger.fold(continuing: &continued))
    #expect(continued.state.claims[claim.id]?.notes.last?.text == "a note")
    #expect(continued.length == (try ledger.foldedState()).length)
    #expect(continued.state.lastHash == (try ledger.foldedState()).state.lastHash)
  }
}
