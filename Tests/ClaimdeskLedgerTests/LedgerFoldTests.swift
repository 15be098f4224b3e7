import Foundation
import Testing

@testable import ClaimdeskKit
@testable import ClaimdeskLedger

@Suite struct LedgerFoldTests {
  @Test func statusNotesAndSourcesFoldWithHistory() throws {
    let ws = try TestWorkspace()
    let id = try ws.addClaims(1)[0]
    try ws.workbench.addSources(String(id.prefix(8)), ["https://example.org/a", "AP interview"])
    try ws.workbench.mark(id, status: .inProgress, sources: [], note: nil)
    try ws.workbench.mark(id, status: .false, sources: ["https://example.org/a"], note: "The figure was 3%.")
    try ws.workbench.note(id, text: "Corrected later")
    let viaFold = try #require(ws.ledger.state().claims[id])
    let viaIndex = try ws.ledger.claim(id).claim
    #expect(viaFold == viaIndex)
    #expect(viaFold.status == .false)
    #expect(viaFold.sources.map(\.reference) == ["https://example.org/a", "AP interview"])
    #expect(viaFold.sources.map(\.isURL) == [true, false])
    #expect(viaFold.notes.map(\.text) == ["The figure was 3%.", "Corrected later"])
    #expect(viaFold.history.map(\.summary) == [
      "added by hand", "source: https://example.org/a", "source: AP interview", "status open -> in-progress",
      "status in-progress -> false: The figure was 3%.", "note: Corrected later",
    ])
  }

  @Test(arguments: [ClaimStatus.verified, .false, .misleading])
  func verdictsNeedAReviewersSource(status: ClaimStatus) throws {
    let ws = try TestWorkspace()
    let id = try ws.addClaims(1)[0]
    #expect(throws: WorkbenchError.self) { try ws.workbench.mark(id, status: status, sources: [], note: "sure") }
    #expect(try ws.workbench.mark(id, status: status, sources: ["Budget office table 3"], note: nil).status == status)
  }

  @Test func dismissalNeedsANote() throws {
    let ws = try TestWorkspace()
    let id = try ws.addClaims(1)[0]
    #expect(throws: WorkbenchError.dismissalNeedsNote(claim: String(id.prefix(6)))) {
      try ws.workbench.mark(id, status: .dismissed, sources: [], note: " ")
    }
    #expect(try ws.workbench.mark(id, status: .dismissed, sources: [], note: "opinion").status == .dismissed)
  }

  @Test(arguments: ["ftp://example.org/x", "javascript:alert(1)", "", "file:///etc/passwd"])
  func refusesUnusableSources(source: String) throws {
    let ws = try TestWorkspace()
    let id = try ws.addClaims(1)[0]
    #expect(throws: WorkbenchError.self) { try ws.workbench.addSources(id, [source]) }
  }

  @Test func indexSurvivesForeignAppendsAndDeletion() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(3)
    let index = ws.workbench.workspace.claimsDirectory + "/index"
    try FileManager.default.removeItem(atPath: index)
    #expect(try ws.ledger.claim(ids[2]).claim.text == "Claim number 2 rose 5%.")
    // A stale index (written for a different ledger) is detected and rebuilt.
    _ = FileManager.default.createFile(atPath: index, contents: Data("claimdesk-index-1 10 \(String(repeating: "a", count: 64))\n".utf8))
    #expect(try ws.ledger.claim(ids[1]).claim.text == "Claim number 1 rose 5%.")
  }

  /// The index is written without fsync, so a crash can leave it torn or garbled: its checksum
  /// makes a fresh process rebuild it rather than trust wrong offsets.
  @Test(arguments: [0, 1, 2])
  func garbledIndexIsRebuilt(damage: Int) throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(5)
    let directory = ws.workbench.workspace.claimsDirectory
    let path = directory + "/index"
    // Rebuilding writes the whole index (appends only refresh it now and then).
    try FileManager.default.removeItem(atPath: path)
    _ = try Ledger(claimsDirectory: directory).claim(ids[0])
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(bytes.count > 300)
    let body = bytes.firstIndex(of: 0x0A)! + 1
    switch damage {
    case 0: bytes[body + 40] ^= 0x01  // one bit of the ids
    case 1: bytes.removeLast(bytes.count - body - 50)  // cut short
    default: for i in body..<bytes.count { bytes[i] = 0 }  // zeros, as after a lost write
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let fresh = Ledger(claimsDirectory: directory)  // no process-local copy of the index
    for (n, id) in ids.enumerated() {
      #expect(try fresh.claim(id).claim.text == "Claim number \(n) rose 5%.")
    }
  }
}
