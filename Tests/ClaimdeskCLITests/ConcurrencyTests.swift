import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

@Suite struct ConcurrencyTests {
  /// 8 processes add 100 claims each at once: all 800 land, chained, with no duplicate seq.
  @Test func eightProcessesAppendingAtOnce() throws {
    let root = try TestData.temporaryDirectory("concurrent").path
    try Workspace.create(at: root)
    var processes: [Process] = []
    for p in 0..<8 {
      let file = root + "/claims-\(p).txt"
      let lines = (0..<100).map { "Process \(p) says claim \($0) rose by \($0)%." }.joined(separator: "\n")
      try lines.write(toFile: file, atomically: true, encoding: .utf8)
      processes.append(try ProcessHarness.start(["add", "--from", file, "--workspace", root]))
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let ledger = Ledger(claimsDirectory: root + "/claims")
    let report = try ledger.verify()
    // Each process then records what its claims repeat of the others' (`claim.matched`).
    #expect(report.claims == 800)
    let lines = try String(contentsOfFile: root + "/claims/ledger.jsonl", encoding: .utf8).split(separator: "\n")
    let seqs = lines.compactMap { line in line.range(of: #","seq":"#).map { Int(line[$0.upperBound...].prefix { $0.isNumber }) } ?? nil }
    #expect(Set(seqs).count == report.events && lines.count == report.events)
  }

  /// A writer killed with SIGKILL mid-run loses nothing it acknowledged, and the ledger verifies.
  @Test func aWriterKilledMidAppendLeavesAValidLedger() throws {
    let root = try TestData.temporaryDirectory("killed").path
    try Workspace.create(at: root)
    let file = root + "/claims.txt"
    try (0..<5000).map { "Claim \($0) doubled since \(1900 + $0 % 100)." }.joined(separator: "\n")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let process = try ProcessHarness.start(["add", "--from", file, "--workspace", root])
    // Let it write for a while, then kill it without warning.
    let ledgerPath = root + "/claims/ledger.jsonl"
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, (try? FileManager.default.attributesOfItem(atPath: ledgerPath)[.size] as? Int) ?? 0 < 20_000 {
      usleep(10_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let headText = try String(contentsOfFile: root + "/claims/HEAD", encoding: .utf8)
    let acknowledged = try #require(try JSONParser.parse(headText)["seq"]?.intValue)
    // Recovery is the next write; then everything HEAD acknowledged is there and the chain holds.
    let workbench = Workbench(workspace: Workspace(root: root), actor: "tester")
    _ = try workbench.addClaim(text: "After the kill.", speaker: nil, sources: [])
    let report = try workbench.ledger.verify()
    #expect(report.events >= acknowledged + 1)
    #expect(report.notes.isEmpty)
  }
}
