import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

/// `appendStreaming`: a batch written in pieces and committed once by HEAD, all or nothing.
@Suite struct LedgerStreamingAppendTests {
  static func note(_ id: String, _ k: Int) -> EventDraft {
    EventDraft(op: .claimNote, claim: id, data: ClaimNotePayload(text: "note \(k)").json)
  }

  @Test func aBatchWrittenInPiecesIsCommittedWhole() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(3)
    // A one-byte piece: every event is written on its own before the one commit.
    let result = try ws.ledger.appendStreaming(actor: "tester", at: "2015-11-24T00:00:00.000Z", pieceBytes: 1) { existing, emit in
      #expect(existing(ids[0]))
      for k in 0..<50 { try emit(Self.note(ids[k % 3], k)) }
    }
    #expect(result.count == 50 && result.events.isEmpty && result.movedUncommittedTo == nil)
    #expect(ws.lines.count == 53)
    let head = try #require(try ws.ledger.store.head())
    #expect(head.seq == 53)
    let report = try ws.ledger.verify()
    #expect(report.events == 53)
    #expect(try ws.ledger.state().claims[ids[1]]?.notes.count == 17)
    // The index followed the pieces: a listing and a later write see all of them.
    #expect(try ws.ledger.listing().compactMap { claim, _ in claim.id }.count == 3)
    try ws.workbench.note(ids[2], text: "after")
    #expect(try ws.ledger.verify().events == 54)
  }

  @Test func aBatchThatFailsAfterSomePiecesCommitsNothing() throws {
    struct Stop: Error {}
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(2)
    let headBefore = try String(contentsOfFile: ws.headPath, encoding: .utf8)
    #expect(throws: Stop.self) {
      try ws.ledger.appendStreaming(actor: "tester", at: "2015-11-24T00:00:00.000Z", pieceBytes: 1) { _, emit in
        for k in 0..<10 { try emit(Self.note(ids[0], k)) }
        throw Stop()
      }
    }
    // Ten lines were written beyond HEAD, none committed: readers see none of them.
    #expect(try String(contentsOfFile: ws.headPath, encoding: .utf8) == headBefore)
    #expect(ws.lines.count == 12)
    #expect(try ws.ledger.state().claims[ids[0]]?.notes.isEmpty == true)
    #expect(try ws.ledger.listing().compactMap { claim, _ in claim.id }.count == 2)
    // The next writer sets them aside and says so; the ledger then verifies.
    let notes = CollectedNotes()
    let workbench = ws.workbench.reportingLedgerNotices { notes.add($0) }
    try workbench.note(ids[1], text: "after")
    #expect(notes.all.contains { $0.hasPrefix("note: moved the lines beyond claims/HEAD") })
    #expect(ws.lines.count == 3)
    #expect(try ws.ledger.verify().events == 3)
  }
}
