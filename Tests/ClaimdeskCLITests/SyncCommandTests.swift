import ClaimdeskKit
import Foundation
import Testing

@Suite struct SyncCommandTests {
  /// report -> tick, note, add source -> sync --dry-run (nothing written) -> sync -> the ledger
  /// holds the events, attributed to the actor, and the rewritten worksheet has nothing pending.
  @Test func roundTripIntoTheLedger() async throws {
    let desk = try await WorksheetDesk.make()
    let settlements = try desk.claim(WorksheetDesk.settlements).id
    let unemployment = try desk.claim(WorksheetDesk.unemployment).id
    #expect(await desk.run(["report"]).status == 0)
    try desk.tick(settlements, .inProgress)
    try desk.fill(settlements, "**Note:**", "Asking the State Department for the 1967 record.")
    try desk.tick(unemployment, .false)
    try desk.fill(unemployment, "**Add source:**", "https://www.bls.gov/news.release/empsit.t01.htm")
    try desk.editVerdict(of: unemployment) { block in
      if let i = block.firstIndex(where: { $0.hasPrefix("**Add source:**") }) { block.insert("- BLS release, 2015-04-03", at: i + 1) }
    }
    let eventsBefore = try desk.state().lastSeq

    let dry = await desk.run(["sync", "reports/manual-claims.md", "--dry-run"], actor: "rosa")
    #expect(dry.status == 0)
    #expect(
      dry.stdout == """
        claim 3ca4e2:
          source: https://www.bls.gov/news.release/empsit.t01.htm
          source: BLS release, 2015-04-03
          status open -> false
        claim 07ac23:
          note: Asking the State Department for the 1967 record.
          status open -> in-progress
        Dry run: 2 claims would change; nothing written.

        """)
    #expect(try desk.state().lastSeq == eventsBefore)

    let synced = await desk.run(["sync", "reports/manual-claims.md"], actor: "rosa")
    #expect(synced.status == 0)
    #expect(synced.stderr == "")
    #expect(
      synced.stdout == """
        claim 3ca4e2:
          source: https://www.bls.gov/news.release/empsit.t01.htm
          source: BLS release, 2015-04-03
          status open -> false
        claim 07ac23:
          note: Asking the State Department for the 1967 record.
          status open -> in-progress
        Synced 2 claims (5 changes) as rosa.
        Rewrote reports/manual-claims.md from the ledger.

        """)
    let first = try desk.claim(WorksheetDesk.settlements)
    #expect(first.status == .inProgress)
    #expect(first.notes.map(\.text) == ["Asking the State Department for the 1967 record."])
    #expect(first.history.last?.actor == "rosa" && first.history.last?.op == .claimStatus)
    let second = try desk.claim(WorksheetDesk.unemployment)
    #expect(second.status == .false)
    #expect(
      second.sources.map(\.reference) == [
        "https://example.org/bls", "https://www.bls.gov/news.release/empsit.t01.htm", "BLS release, 2015-04-03",
      ])
    #expect(second.sources.last?.actor == "rosa")

    // The worksheet now shows the ledger: the new boxes ticked, nothing left to sync, and
    // `report` may overwrite it.
    let text = try desk.read()
    #expect(text.contains("- [x] in-progress:") && text.contains("- [x] false:"))
    let again = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(again.stdout == "Nothing to sync: the ledger already holds every edit in reports/manual-claims.md.\n")
    #expect(await desk.run(["report"]).status == 0)
    #expect(try desk.read() == text)
  }

  /// A claim whose events moved on since the worksheet was written is reported, not overwritten;
  /// the other claims still sync.
  @Test func conflictsAreJudgedPerClaim() async throws {
    let desk = try await WorksheetDesk.make()
    let settlements = try desk.claim(WorksheetDesk.settlements).id
    let unemployment = try desk.claim(WorksheetDesk.unemployment).id
    #expect(await desk.run(["report"]).status == 0)
    #expect(await desk.run(["mark", "07ac23", "dismissed", "--note", "Opinion, not checkable."], actor: "bob").status == 0)
    try desk.tick(settlements, .inProgress)
    try desk.fill(unemployment, "**Note:**", "BLS table A-1 has the rate.")

    let result = await desk.run(["sync", "reports/manual-claims.md"], actor: "rosa")
    #expect(result.status == 65)
    #expect(
      result.stdout == """
        claim 3ca4e2:
          note: BLS table A-1 has the rate.
        claim 07ac23:
          conflict: changed since the worksheet was written (now dismissed; bob at 2015-11-24T14:03:07.000Z: status open -> dismissed: Opinion, not checkable.)
          not synced: run `claimdesk report --force` to see the claim as it is now, then redo the edit
        Synced 1 claim (1 change) as rosa.

        """)
    #expect(result.stderr == "reports/manual-claims.md: error: 1 claim not synced (07ac23): see above\n")
    #expect(try desk.claim(WorksheetDesk.settlements).status == .dismissed)
    #expect(try desk.claim(WorksheetDesk.unemployment).notes.map(\.text) == ["BLS table A-1 has the rate."])
    // The worksheet keeps the unsynced edit, so `report` still refuses and names that claim only.
    let refused = await desk.run(["report"])
    #expect(refused.status == 73)
    #expect(refused.stderr.contains("holds edits not yet synced for claim 07ac23;"))
  }

  /// The review rules still hold: a verdict without any source is refused for that claim only.
  @Test func aVerdictWithoutASourceIsNotSynced() async throws {
    let desk = try await WorksheetDesk.make()
    #expect(await desk.run(["report"]).status == 0)
    try desk.tick(try desk.claim(WorksheetDesk.settlements).id, .verified)
    let result = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(result.status == 65)
    #expect(result.stdout.hasPrefix("claim 07ac23:\n  status open -> verified\n  not synced: "))
    #expect(try desk.claim(WorksheetDesk.settlements).status == .open)
  }

  /// `sync --dry-run` runs every check `sync` runs: the same refusals, the same error and exit
  /// status, and nothing written.
  @Test func aDryRunRefusesWhatTheSyncWould() async throws {
    let desk = try await WorksheetDesk.make()
    #expect(await desk.run(["report"]).status == 0)
    try desk.tick(try desk.claim(WorksheetDesk.settlements).id, .verified)
    try desk.tick(try desk.claim(WorksheetDesk.unemployment).id, .dismissed)
    let before = try desk.state().lastSeq
    let worksheet = try desk.read()

    let dry = await desk.run(["sync", "reports/manual-claims.md", "--dry-run"])
    #expect(try desk.state().lastSeq == before)
    #expect(try desk.read() == worksheet)
    let real = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(try desk.state().lastSeq == before)
    #expect(dry.status == 65)
    #expect(dry.status == real.status)
    #expect(dry.stderr == real.stderr)
    #expect(dry.stderr.hasSuffix("\n") && dry.stderr.split(separator: "\n").count == 1)
    let refusals = dry.stdout.split(separator: "\n").filter { $0.hasPrefix("  not synced: ") }
    #expect(refusals.count == 2)
    #expect(refusals == real.stdout.split(separator: "\n").filter { $0.hasPrefix("  not synced: ") })
    #expect(dry.stdout.hasSuffix("Dry run: 0 claims would change; nothing written.\n"))
    #expect(Array(dry.stdout.split(separator: "\n").dropLast()) == Array(real.stdout.split(separator: "\n").dropLast()))
  }

  /// A list item on the **Add source:** line reads as the lines after it do: the URL, not "- URL".
  @Test func aListItemOnTheAddSourceLineIsTheSource() async throws {
    let desk = try await WorksheetDesk.make()
    let settlements = try desk.claim(WorksheetDesk.settlements).id
    #expect(await desk.run(["report"]).status == 0)
    try desk.fill(settlements, "**Add source:**", "- https://example.org/briefing")
    try desk.editVerdict(of: settlements) { block in
      if let i = block.firstIndex(where: { $0.hasPrefix("**Add source:**") }) { block.insert("* AP interview, 2015-11-24", at: i + 1) }
    }
    let dry = await desk.run(["sync", "reports/manual-claims.md", "--dry-run"])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout == "claim 07ac23:\n  source: https://example.org/briefing\n  source: AP interview, 2015-11-24\nDry run: 1 claim would change; nothing written.\n")
  }

  /// A source typed on the same line as **Add source:** is read, and the lines after it too.
  @Test func aSourceOnTheAddSourceLineIsRead() async throws {
    let desk = try await WorksheetDesk.make()
    let settlements = try desk.claim(WorksheetDesk.settlements).id
    #expect(await desk.run(["report"]).status == 0)
    try desk.fill(settlements, "**Add source:**", "State Department briefing, 2015-11-24")
    try desk.editVerdict(of: settlements) { block in
      if let i = block.firstIndex(where: { $0.hasPrefix("**Add source:**") }) { block.insert("https://example.org/briefing", at: i + 1) }
    }
    let synced = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(synced.status == 0, "\(synced.stderr)")
    #expect(
      try desk.claim(WorksheetDesk.settlements).sources.map(\.reference) == [
        "State Department briefing, 2015-11-24", "https://example.org/briefing",
      ])
  }

  @Test func twoTicksNameBothLines() async throws {
    let desk = try await WorksheetDesk.make()
    let settlements = try desk.claim(WorksheetDesk.settlements).id
    #expect(await desk.run(["report"]).status == 0)
    try desk.editVerdict(of: settlements) { block in
      for i in block.indices where block[i].hasPrefix("- [ ] false:") { block[i] = "- [x]" + block[i].dropFirst(5) }
    }
    let verdict = try desk.line(startingWith: "<!-- claimdesk:verdict id=\(settlements)")
    let result = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "reports/manual-claims.md:\(verdict + 4):4: error: two verdicts ticked (open at line \(verdict + 1), false "
        + "here); tick one\n")
  }

  @Test(arguments: [
    ("unknown id", "<!-- claimdesk:claim id=", "ffffffffffffffffffffffffffffffff"),
    ("malformed line", "**Note:**", "just some words"),
    ("unknown status", "- [ ] unverifiable", "- [ ] maybe: no such status"),
  ])
  func badWorksheetsNameTheLine(what: String, prefix: String, replacement: String) async throws {
    let desk = try await WorksheetDesk.make()
    #expect(await desk.run(["report"]).status == 0)
    let number = try desk.line(startingWith: prefix)
    var lines = try desk.read().components(separatedBy: "\n")
    if what == "malformed line" {
      lines.insert(replacement, at: number - 1)  // after the blank line that ends the boxes
    } else if what == "unknown id" {
      // The worksheet's first claim (claims are listed by score).
      let id = try desk.claim(WorksheetDesk.unemployment).id
      lines = lines.map { $0.replacingOccurrences(of: id, with: replacement) }
    } else {
      lines[number - 1] = replacement
    }
    try desk.write(lines.joined(separator: "\n"))
    let before = try desk.state().lastSeq
    let result = await desk.run(["sync", "reports/manual-claims.md"])
    #expect(result.status == 65, "\(what)")
    #expect(result.stderr.hasPrefix("reports/manual-claims.md:\(number):"), "\(what): \(result.stderr)")
    #expect(try desk.state().lastSeq == before)
  }

  @Test func aFileThatIsNoWorksheet() async throws {
    let desk = try await WorksheetDesk.make()
    try "# notes\n".write(toFile: desk.root + "/notes.md", atomically: true, encoding: .utf8)
    let result = await desk.run(["sync", "notes.md"])
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("notes.md: error: "))
    let missing = await desk.run(["sync", "nope.md"])
    #expect(missing.status == 66)
  }
}
