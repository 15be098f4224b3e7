import Foundation
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

@Suite struct LedgerChainTests {
  @Test func appendsChainedCanonicalLines() throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(3)
    let lines = ws.lines
    #expect(lines.count == 3)
    var prev = String(repeating: "0", count: 64)
    for (i, line) in lines.enumerated() {
      // The hash covers the bytes before `,"hash":...` plus the closing brace.
      let cut = line.range(of: #","hash":""#)!
      let body = String(line[..<cut.lowerBound]) + "}"
      let hash = String(line[cut.upperBound...].dropLast(2))
      #expect(Hashing.sha256Hex(body) == hash)
      #expect(body.contains(#""prev":"\#(prev)","seq":\#(i + 1)}"#))
      prev = hash
    }
    let report = try ws.ledger.verify()
    #expect(report.events == 3 && report.claims == 3 && report.notes.isEmpty)
  }

  @Test func reAddingTheSameClaimAddsNothing() throws {
    let ws = try TestWorkspace()
    let first = try ws.workbench.addClaim(text: "The sky is green.", speaker: "Ann", sources: [])
    let second = try ws.workbench.addClaim(text: "The sky is green.", speaker: "Ann", sources: [])
    #expect(first.added && !second.added && first.id == second.id)
    #expect(ws.lines.count == 1)
  }

  /// Each way of tampering with a ledger, and the line `verify` must name.
  @Test(arguments: [
    ("edit a line", 2), ("delete a line", 2), ("swap two lines", 2), ("not JSON", 3), ("unknown op", 2),
  ])
  func verifyDetectsTampering(tampering: String, expectedLine: Int) throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(4)
    var lines = ws.lines
    switch tampering {
    case "edit a line": lines[1] = lines[1].replacingOccurrences(of: "rose 5%", with: "rose 6%")
    case "delete a line": lines.remove(at: 1)
    case "swap two lines": lines.swapAt(1, 2)
    case "not JSON": lines[2] = "this is not an event"
    case "unknown op": lines[1] = Self.resealed(lines[1].replacingOccurrences(of: "claim.added", with: "claim.exploded"))
    default: Issue.record("unknown tampering")
    }
    ws.lines = lines
    #expect {
      try ws.ledger.verify()
    } throws: { error in
      guard case LedgerError.corruptLine(_, let line, _) = error else { return false }
      return line == expectedLine
    }
  }

  @Test func verifyDetectsLinesCutOffTheEnd() throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(4)
    ws.lines = Array(ws.lines.dropLast())
    #expect(throws: LedgerError.truncated(file: "claims/ledger.jsonl", headSeq: 4, ledgerSeq: 3)) { try ws.ledger.verify() }
    // And a writer refuses to build on a cut ledger rather than hide the cut.
    #expect(throws: LedgerError.self) { try ws.workbench.addClaim(text: "A new claim.", speaker: nil, sources: []) }
  }

  @Test func aTornFinalLineIsIgnoredThenMovedAside() throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(2)
    let handle = FileHandle(forWritingAtPath: ws.ledgerPath)!
    handle.seekToEndOfFile()
    handle.write(Data(#"{"actor":"tester","at":"2015-11-24T00:00:00.000Z","claim":"ab"#.utf8))
    try handle.close()
    let report = try ws.ledger.verify()
    #expect(report.events == 2 && report.notes.count == 1)
    #expect(try ws.ledger.state().claims.count == 2)
    let result = try ws.ledger.append(
      [EventDraft(op: .claimNote, claim: ws.ledger.state().claimOrder[0], data: ["text": "after the crash"])],
      actor: "tester", at: "2015-11-24T00:00:01.000Z")
    #expect(result.movedUncommittedTo?.hasPrefix("claims/ledger.jsonl.uncommitted-") == true)
    #expect(try ws.ledger.verify().events == 3)
  }

  /// Re-signs a tampered line the way an attacker who knows the rule would: the chain still breaks.
  static func resealed(_ line: String) -> String {
    let cut = line.range(of: #","hash":""#)!
    let body = String(line[..<cut.lowerBound]) + "}"
    return String(line[..<cut.lowerBound]) + #","hash":""# + Hashing.sha256Hex(body) + #""}"#
  }
}
