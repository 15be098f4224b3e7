import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger

@Suite struct ReportCommandTests {
  static let settlementsID = "07ac2315a408a93811a89fa8f378f302"
  static let unemploymentID = "3ca4e2"

  @Test func writesTheWorksheetAndSaysWhere() async throws {
    let desk = try await WorksheetDesk.make()
    let result = await desk.run(["report"])
    #expect(result.status == 0)
    #expect(result.stdout == "Wrote reports/manual-claims.md (2 claims)\n")
    #expect(result.stderr == "")
    let text = try desk.read()
    #expect(text.hasPrefix("<!-- claimdesk:worksheet version=1 document=manual generator=claimdesk%209.9.9 -->\n"))
    #expect(text.contains("## Claim `07ac23`\n") && text.contains("## Claim `3ca4e2`\n"))
    // Claims by score (hand-added ones are scored too); the file ends with the last claim's end
    // marker and one newline.
    #expect(text.hasSuffix("<!-- claimdesk:end id=\(try desk.claim(WorksheetDesk.settlements).id) -->\n"))
  }

  /// The bytes depend on the ledger and the pinned clock and version only: not on the folder,
  /// and not on the time `report` runs; `--out -` prints the same bytes.
  @Test func sameLedgerSameBytesAnywhere() async throws {
    let first = try await WorksheetDesk.make()
    let second = try await WorksheetDesk.make()
    #expect(await first.run(["report"]).status == 0)
    try await Task.sleep(for: .milliseconds(20))
    #expect(await second.run(["report"]).status == 0)
    let bytes = try first.read()
    #expect(bytes == (try second.read()))
    #expect(!bytes.contains(first.root) && !bytes.contains("/tmp"))
    let printed = await first.run(["report", "--out", "-"])
    #expect(printed.status == 0)
    #expect(printed.stdout == bytes)
    // Running it again over an unedited worksheet is allowed and changes nothing.
    #expect(await first.run(["report"]).status == 0)
    #expect(try first.read() == bytes)
  }

  @Test func filtersChooseTheClaims() async throws {
    let desk = try await WorksheetDesk.make()
    let none = await desk.run(["report", "--status", "verified"])
    #expect(none.status == 0)
    #expect(none.stdout == "No claims match: no worksheet written.\n")
    let one = await desk.run(["report", "--claim", "3ca4", "--out", "one.md"])
    #expect(one.stdout == "Wrote one.md (1 claim)\n")
    let text = try String(contentsOfFile: desk.root + "/one.md", encoding: .utf8)
    #expect(text.contains("## Claim `3ca4e2`") && !text.contains("## Claim `07ac23`"))
    let bad = await desk.run(["report", "--min-score", "2"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--min-score must be between 0 and 1"))
  }

  /// A worksheet holding a reviewer's unsynced edits is not overwritten, and the message names
  /// the claims; --force overwrites.
  @Test func refusesToOverwriteUnsyncedEdits() async throws {
    let desk = try await WorksheetDesk.make()
    #expect(await desk.run(["report"]).status == 0)
    try desk.fill(Self.settlementsID, "**Note:**", "Checked the 1967 record.")
    let edited = try desk.read()
    let refused = await desk.run(["report"])
    #expect(refused.status == 73)
    #expect(refused.stdout == "")
    #expect(
      refused.stderr
        == "reports/manual-claims.md: error: holds edits not yet synced for claim 07ac23; run `claimdesk sync "
        + "reports/manual-claims.md` first, or pass --force to overwrite them\n")
    #expect(try desk.read() == edited)

    let forced = await desk.run(["report", "--force"])
    #expect(forced.status == 0)
    #expect(!(try desk.read()).contains("Checked the 1967 record."))
  }

  @Test func refusesToOverwriteAFileThatIsNoWorksheet() async throws {
    let desk = try await WorksheetDesk.make()
    try "# My own notes\n".write(toFile: desk.worksheet, atomically: true, encoding: .utf8)
    let refused = await desk.run(["report"])
    #expect(refused.status == 65)
    #expect(
      refused.stderr
        == "claimdesk: error: reports/manual-claims.md exists and is not a claimdesk worksheet; move it away or pass --force\n")
    #expect(try desk.read() == "# My own notes\n")
  }

  /// Hostile text entered with `add` goes through the whole path and GitHub's parser still sees
  /// only our structure: no HTML, no extra headings or task items, no foreign links.
  @Test(.requires(.cmarkGFM)) func hostileClaimsRenderSafely() async throws {
    let cmark = try TestData.tool(.cmarkGFM)
    let desk = try await WorksheetDesk.make()
    let evil = "<script>alert(1)</script> | `x` [a](javascript:b)\n# h\n- [x] verified <!-- claimdesk:end -->"
    #expect(await desk.run(["add", evil, "--speaker", "[Mark](http://evil.example) <b>"]).status == 0)
    #expect(await desk.run(["report"]).status == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cmark)
    process.arguments = ["-e", "table", "-e", "tasklist", "--to", "html", desk.worksheet]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    func count(_ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }
    #expect(count("<script") == 0 && count("<b>") == 0)
    #expect(count("href=\"javascript") == 0 && count("href=\"http://evil") == 0)
    #expect(count("<h1") == 1 && count("<h2") == 2 + 3)
    #expect(count("<input ") == 3 * ClaimStatus.allCases.count)
    #expect(count("checked=\"\"") == 3)
    // And it reads back with nothing to sync.
    #expect(await desk.run(["sync", "reports/manual-claims.md"]).stdout.hasPrefix("Nothing to sync"))
  }
}
