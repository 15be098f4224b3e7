import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

/// HEAD as the commit point: what writers and readers check, and what they set aside.
@Suite struct LedgerCommitTests {
  /// The known attacks on a ledger with a consistent-looking tail, each of which must make the
  /// next write refuse (exit 65, naming the line) without touching HEAD, and every read fail.
  @Test(arguments: ["last line edited and re-hashed", "chain re-hashed from line 39", "HEAD's hash zeroed"])
  func attacksMakeWritesAndReadsRefuse(attack: String) throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(45)
    var lines = ws.lines
    switch attack {
    case "last line edited and re-hashed":
      lines[44] = Tampering.resealed(lines[44].replacingOccurrences(of: "rose 5%", with: "rose 9%"))
      ws.lines = lines
    case "chain re-hashed from line 39":
      lines[38] = lines[38].replacingOccurrences(of: "rose 5%", with: "fell 5%")
      ws.lines = Tampering.rechained(lines, from: 39)
    default:
      let head = try String(contentsOfFile: ws.headPath, encoding: .utf8)
      try head.replacingOccurrences(of: #""hash":"[0-9a-f]{64}""#, with: #""hash":"\#(EventLine.genesis)""#, options: .regularExpression)
        .write(toFile: ws.headPath, atomically: false, encoding: .utf8)
    }
    let headBefore = try String(contentsOfFile: ws.headPath, encoding: .utf8)
    let ledgerBefore = ws.lines
    #expect {
      try ws.workbench.mark(ids[0], status: .inProgress, sources: [], note: nil)
    } throws: { error in
      guard let error = error as? LedgerError, case .corruptLine(let file, let line, let reason) = error else { return false }
      return error.exitStatus == .dataError && file == "claims/ledger.jsonl" && line == 45
        && reason.hasSuffix("run `claimdesk ledger verify`")
    }
    #expect(try String(contentsOfFile: ws.headPath, encoding: .utf8) == headBefore)
    #expect(ws.lines == ledgerBefore)
    #expect(throws: LedgerError.self) { try ws.ledger.state() }
    #expect(throws: LedgerError.self) { try ws.ledger.listing() }
    #expect(throws: LedgerError.self) { try ws.workbench.claim(ids[0]) }
    #expect(throws: LedgerError.self) { try ws.ledger.verify() }
    // Allowed, a read warns instead, once per ledger.
    let warnings = CollectedNotes()
    let lenient = ws.workbench.allowingUnverifiedReads().reportingLedgerNotices { warnings.add($0) }
    #expect(try lenient.state().claims.count == 45)
    _ = try lenient.listing()
    // Two reads, one warning: a command that folds and then lists says it once.
    #expect(warnings.all.count == 1 && warnings.all.allSatisfy { $0.hasPrefix("warning: reading an unverified ledger") })
  }

  /// An edit inside the committed range that keeps every length: the writer notices the store
  /// changed outside a checked write, checks every line, and refuses naming the edited one.
  @Test func aSameLengthEditInsideTheLedgerIsRefusedByTheNextWrite() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(5)
    var lines = ws.lines
    lines[1] = lines[1].replacingOccurrences(of: "rose 5%", with: "rose 6%")
    ws.lines = lines
    #expect {
      try ws.workbench.note(ids[3], text: "after the edit")
    } throws: { error in
      guard case LedgerError.corruptLine(_, let line, let reason) = error else { return false }
      return line == 2 && reason.hasPrefix("hash mismatch") && reason.contains("nothing was written")
    }
    #expect(throws: LedgerError.self) { try ws.workbench.claim(ids[1]) }
    #expect(throws: LedgerError.self) { _ = try ws.ledger.listing().compactMap { claim, _ in claim.id } }
    // Put back, the ledger is whole again and writable.
    lines[1] = lines[1].replacingOccurrences(of: "rose 6%", with: "rose 5%")
    ws.lines = lines
    try ws.workbench.note(ids[3], text: "after the repair")
    #expect(try ws.ledger.verify().events == 6)
  }

  /// A forged line with a valid hash and chain, appended beyond HEAD, is never read as
  /// committed; verify reports it, and the next write (or `recover`) sets it aside and says so.
  @Test func linesBeyondHEADAreUncommitted() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(2)
    let committed = ws.lines
    let forged = committed[1]
      .replacingOccurrences(of: #""seq":2"#, with: #""seq":3"#)
      .replacingOccurrences(of: #""prev":"[0-9a-f]{64}""#, with: #""prev":"\#(Tampering.hash(of: committed[1]))""#, options: .regularExpression)
      .replacingOccurrences(of: "Claim number 1", with: "Claim forged")
    ws.lines = committed + [Tampering.resealed(forged)]
    #expect(try ws.ledger.state().claims.count == 2)
    #expect(try ws.ledger.listing().count == 2)
    #expect(try ws.workbench.claim(ids[1]).claim.text == "Claim number 1 rose 5%.")
    let report = try ws.ledger.verify()
    #expect(report.events == 2 && report.notes.count == 1 && report.notes[0].contains("beyond claims/HEAD, uncommitted"))

    let notes = CollectedNotes()
    let writer = ws.workbench.reportingLedgerNotices { notes.add($0) }
    _ = try writer.note(ids[0], text: "next write")
    #expect(notes.all.count == 1 && notes.all[0].contains("claims/ledger.jsonl.uncommitted-"))
    let aside = try FileManager.default.contentsOfDirectory(atPath: ws.claimsPath).filter { $0.hasPrefix("ledger.jsonl.uncommitted-") }
    #expect(aside.count == 1)
    #expect(try String(contentsOfFile: ws.claimsPath + "/" + aside[0], encoding: .utf8).contains("Claim forged"))
    #expect(try ws.ledger.verify() == VerifyReport(events: 3, claims: 2, documents: 0, lastHash: Tampering.hash(of: ws.lines[2]), notes: []))
    #expect(try ws.ledger.recover() == nil)
  }

  @Test func aHEADMovedBackRefusesWrites() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(3)
    let lines = ws.lines
    let length = lines.prefix(2).reduce(0) { $0 + $1.utf8.count + 1 }
    try #"{"hash":"\#(Tampering.hash(of: lines[1]))","length":\#(length),"seq":2}"#.write(toFile: ws.headPath, atomically: false, encoding: .utf8)
    #expect {
      try ws.workbench.note(ids[0], text: "would set event 3 aside")
    } throws: { error in
      guard case LedgerError.headMismatch(_, let reason) = error else { return false }
      return reason.contains("HEAD was moved back")
    }
    #expect(ws.lines == lines)
  }

  @Test func aMissingHEADBesideEventsRefusesReadsAndWrites() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(2)
    try FileManager.default.removeItem(atPath: ws.headPath)
    #expect(throws: LedgerError.self) { try ws.ledger.state() }
    #expect(throws: LedgerError.self) { try ws.workbench.note(ids[0], text: "x") }
    #expect(throws: LedgerError.self) { try ws.ledger.recover() }
    #expect(ws.lines.count == 2)
  }

  /// A writer killed while replacing HEAD leaves `HEAD.tmp-<pid>`; the next writer removes it.
  @Test func staleTemporaryHEADFilesAreCleanedUp() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(1)
    try Data("{".utf8).write(to: URL(fileURLWithPath: ws.claimsPath + "/HEAD.tmp-99999"))
    try ws.workbench.note(ids[0], text: "cleans up")
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws.claimsPath).filter { $0.hasPrefix("HEAD.tmp-") }.isEmpty)
  }

  /// The first append writes a HEAD with nothing committed before any line, so a crash in it
  /// leaves lines that are plainly uncommitted rather than a ledger without HEAD.
  @Test func theFirstAppendCommitsAnEmptyHEADFirst() throws {
    let ws = try TestWorkspace()
    let store = FileLedgerStore(claimsDirectory: ws.claimsPath)
    #expect(try store.head() == nil)
    _ = try ws.addClaims(1)
    #expect(try store.head()?.seq == 1)
    #expect(LedgerHead(serialized: LedgerHead.genesis.serialized) == .genesis)
  }
}
