import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger

/// Random sequences of appends, writers killed with SIGKILL at random moments, truncations and
/// byte edits, seeded so a failure replays. After each step: every event ever committed is still
/// there byte for byte, and every damage to the committed lines is caught by the next write,
/// `show` of the claim the damaged line belongs to, the listing and verify; undone, the ledger
/// verifies and takes writes again.
@Suite struct LedgerCrashPropertyTests {
  @Test(arguments: [UInt64(12), 2026])
  func acknowledgedEventsSurviveAndEditsAreCaught(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let root = try TestData.temporaryDirectory("crash-\(seed)").path
    try Workspace.create(at: root)
    let notes = CollectedNotes()
    let workbench = Workbench(workspace: Workspace(root: root), actor: "tester").reportingLedgerNotices { notes.add($0) }
    let ledgerPath = root + "/claims/ledger.jsonl"
    var committed: [UInt8] = []  // the committed lines as last seen: they must only ever grow
    var counter = 0
    let deadline = Date().addingTimeInterval(25)
    var steps = 0
    var kinds = (appends: 0, kills: 0, killedMidWrite: 0, damages: 0)
    while Date() < deadline && steps < 60 {
      steps += 1
      switch random.next(below: 10) {
      case 0...3:
        counter += 1
        kinds.appends += 1
        let id = try workbench.addClaim(text: "In-process claim \(counter) rose \(counter)%.", speaker: nil, sources: []).id
        #expect(try workbench.claim(id).claim.text == "In-process claim \(counter) rose \(counter)%.")
      case 4...5:
        let file = root + "/batch.txt"
        counter += 1
        try (0..<(20 + random.next(below: 200))).map { "Process \(counter) claim \($0) fell \($0)%." }.joined(separator: "\n")
          .write(toFile: file, atomically: true, encoding: .utf8)
        let process = try ProcessHarness.start(["add", "--from", file, "--workspace", root])
        usleep(useconds_t(random.next(below: 400_000)))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        kinds.kills += 1
        if process.terminationReason == .uncaughtSignal { kinds.killedMidWrite += 1 }
      case 6...7:
        kinds.damages += 1
        try damage(byEditing: true, &random, ledgerPath: ledgerPath, workbench: workbench)
      default:
        kinds.damages += 1
        try damage(byEditing: false, &random, ledgerPath: ledgerPath, workbench: workbench)
      }
      // What was committed before is still committed, byte for byte, and the ledger verifies.
      let head = try #require(try FileLedgerStore(claimsDirectory: root + "/claims").head())
      let now = try FileLedgerStore(claimsDirectory: root + "/claims").read(0..<head.length)
      #expect(now.starts(with: committed), "step \(steps) (seed \(seed)) lost committed bytes")
      committed = now
      let report = try workbench.ledger.verify()
      #expect(report.events == head.seq)
    }
    print("seed \(seed): \(steps) steps, \(kinds)")
    #expect(kinds.appends > 0 && kinds.killedMidWrite > 0 && kinds.damages > 0)
    // A write after all that sets aside whatever a killed writer left, and says so.
    let tail = try FileLedgerStore(claimsDirectory: root + "/claims").storedLength() - committed.count
    _ = try workbench.addClaim(text: "The last claim.", speaker: nil, sources: [])
    if tail > 0 { #expect(notes.all.last?.contains("ledger.jsonl.uncommitted-") == true) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/claims").filter { $0.hasPrefix("HEAD.tmp-") }.isEmpty)
    #expect(try workbench.ledger.verify().notes.isEmpty)
  }

  /// Edits one byte of the committed lines, or cuts bytes off the end; checks that the next
  /// write, show, the listing and verify all refuse; then puts the bytes back.
  private func damage(byEditing: Bool, _ random: inout SeededRandom, ledgerPath: String, workbench: Workbench) throws {
    let store = FileLedgerStore(claimsDirectory: workbench.workspace.claimsDirectory)
    guard let head = try store.head(), head.length > 0 else { return }
    let original = try store.read(0..<store.storedLength())
    var damaged = original
    let offset: Int
    if byEditing {
      offset = random.next(below: head.length)
      damaged[offset] = damaged[offset] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
    } else {
      // Cut into the committed lines: at least one byte of them.
      offset = random.next(below: head.length)
      damaged.removeSubrange(offset...)
    }
    try Data(damaged).write(to: URL(fileURLWithPath: ledgerPath))
    let lineStart = original[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let lineEnd = original[offset...].firstIndex(of: 0x0A) ?? original.count
    let line = String(decoding: original[lineStart..<lineEnd], as: UTF8.self)
    let owner = line.range(of: #""claim":""#).map { String(line[$0.upperBound...].prefix(32)) }
    let what = byEditing ? "a byte edited at \(offset)" : "cut at \(offset)"

    #expect(throws: LedgerError.self, "write after \(what)") {
      try workbench.addClaim(text: "Must not land after \(what).", speaker: nil, sources: [])
    }
    #expect(try store.read(0..<store.storedLength()) == damaged, "a refused write changed the ledger (\(what))")
    if let owner {
      #expect(throws: LedgerError.self, "show after \(what)") { try workbench.ledger.claim(owner) }
    }
    #expect(throws: LedgerError.self, "list after \(what)") {
      let listing = try workbench.ledger.listing()
      _ = try listing.compactMap { claim, _ in claim.id }
    }
    #expect(throws: LedgerError.self, "verify after \(what)") { try workbench.ledger.verify() }
    try Data(original).write(to: URL(fileURLWithPath: ledgerPath))
  }
}
