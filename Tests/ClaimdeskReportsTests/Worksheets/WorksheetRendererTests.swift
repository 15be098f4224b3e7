import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports

@Suite struct WorksheetRendererTests {
  @Test func sameInputsSameBytes() {
    let a = WorksheetFixtures.render()
    let b = WorksheetFixtures.render(WorksheetFixtures.all.reversed())
    #expect(a == b)
    #expect(a == WorksheetFixtures.render())
  }

  @Test func firstLineIsTheWorksheetMarker() {
    let first = WorksheetFixtures.render().split(separator: "\n").first.map(String.init)
    #expect(first == "<!-- claimdesk:worksheet version=1 document=\(WorksheetFixtures.documentID) generator=claimdesk%200.1.0 -->")
  }

  @Test func whatToCheckIsConcreteToTheClaim() {
    let sheet = WorksheetFixtures.render()
    #expect(sheet.contains(
      "1. Look for one U.S. administration since 1967 that has not opposed Israeli settlement activity: a universal claim falls to a single counterexample."))
    #expect(sheet.contains("2. Confirm the start year “1967” (“since 1967”)"))
    #expect(sheet.contains("Find the original transcript or recording of Mark Toner’s words"))
    #expect(sheet.contains("- `\"Mark Toner\" \"since 1967\" settlement`"))
    #expect(sheet.contains("The claim is hedged (“reportedly”): find who it is attributed to"))
    #expect(sheet.contains("1. Check the period “for the past two months”: when did it start"))
    #expect(sheet.contains("Find the primary statistic the claim rests on"))
  }

  @Test(arguments: [
    ("quantity", ClaimCueRecord(kind: "percentage", text: "40 percent"), "Find the primary statistic behind “40 percent”: who publishes it, the date it refers to, and its definition"),
    ("temporal", ClaimCueRecord(kind: "relative-date", text: "two weeks ago", value: "2015-11-10"), "Pin down “two weeks ago” (= about 2015-11-10)"),
    ("law", ClaimCueRecord(kind: "law", text: "the 2014 budget act"), "Find the text of the law, vote or rule (“the 2014 budget act”)"),
    ("comparison", ClaimCueRecord(kind: "comparative", text: "more"), "Find what “more” is measured against"),
  ])
  func stepsFromCues(kind: String, cue: ClaimCueRecord, expected: String) {
    var claim = ClaimState(id: "f" + String(repeating: "0", count: 31), text: "Some claim text here.", lastEventHash: "e")
    claim.kinds = [kind]
    claim.cues = [cue]
    let steps = CheckGuide.steps(for: ClaimFacts(claim))
    #expect(steps.contains { $0.hasPrefix(expected) }, "\(steps)")
  }

  @Test func evidenceShowsFetchesPassagesAndContradictions() {
    let sheet = WorksheetFixtures.render()
    #expect(sheet.contains(
      "| 2015-11-26T09:05:00Z | HTTP 200 | [https://example.org/briefing](<https://example.org/briefing>) | `\(String(repeating: "cd", count: 32))` |"))
    #expect(sheet.contains("> **Construction** in the **settlements** continued, officials said."))
    #expect(sheet.contains("> **Warning, possible contradiction:** the passage reports a freeze (2009) where the claim says there is none"))
    #expect(sheet.contains("#### Source 2: AP interview, 2015-11-24"))
    #expect(sheet.contains("- [https://www.haaretz.com/some-article](<https://www.haaretz.com/some-article>)"))
  }

  @Test func failedAndUnfetchedSources() {
    var claim = WorksheetFixtures.toner
    claim.sources = [
      SourceState(reference: "https://a.example/x", isURL: true, actor: "bob", at: "t1"),
      SourceState(reference: "https://b.example/y", isURL: true, actor: "bob", at: "t2",
        fetches: [SourceFetch(at: "t3", record: ["error": ["category": "timeout", "message": "no answer in 30 s"], "final_url": "https://b.example/y"])]),
      SourceState(reference: "https://c.example/z", isURL: true, actor: "bob", at: "t4",
        fetches: [SourceFetch(at: "t5", record: ["http_status": 200, "sha256_raw": "00ff"])]),
    ]
    let lines = WorksheetEvidence.lines(for: claim, shortID: "a1b2")
    #expect(lines.contains("Not fetched yet: run `claimdesk fetch a1b2` to keep a snapshot."))
    #expect(lines.contains("| t3 | failed (timeout): no answer in 30 s | [https://b.example/y](<https://b.example/y>) | - |"))
    #expect(lines.contains("| t5 | HTTP 200 | - | `00ff` |"))
  }

  /// The worksheet as GitHub would parse it: headings, task items, tables, markers, links.
  @Test(.requires(.cmarkGFM)) func structureUnderARealGFMParser() throws {
    guard let tree = try GFMRenderer.tree(WorksheetFixtures.render()) else { return }
    let headings = tree.all("heading")
    func texts(level: String) -> [String] { headings.filter { $0.attributes["level"] == level }.map(\.plainText) }
    #expect(texts(level: "1") == ["Verification worksheet: Kerry fails to close the gap"])
    #expect(texts(level: "2") == ["Claims by status", "Claims by score", "Claim a1b2", "Claim b2c3", "Claim c3d4"])
    let perClaim = ["History", "What to check", "Suggested searches", "Evidence", "Verdict"]
    #expect(texts(level: "3") == perClaim + perClaim + perClaim)
    #expect(texts(level: "4") == ["Source 1: https://example.org/briefing?a=1|2", "Source 2: AP interview, 2015-11-24"])

    let tasks = tree.all("tasklist")
    #expect(tasks.count == 3 * ClaimStatus.allCases.count)
    #expect(tasks.filter { $0.attributes["completed"] == "true" }.map(\.plainText)
      == ["open: not looked at yet", "open: not looked at yet", "false: inaccurate (needs a source)"])

    let tables = tree.all("table")
    // Document, statuses, table of contents; per claim fields and history; one fetch table.
    #expect(tables.count == 3 + 3 * 2 + 1)
    let toc = tables[2]
    #expect(toc.all("table_row").count == 3)
    #expect(toc.all("link").map { $0.attributes["destination"] ?? "" } == ["#claim-a1b2", "#claim-b2c3", "#claim-c3d4"])
    #expect(tables[1].all("table_row").count == ClaimStatus.allCases.count)

    let html = tree.all("html_block").map(\.text)
    #expect(html.count == 1 + 3 * 3)
    #expect(html.allSatisfy { $0.hasPrefix("<!-- claimdesk:") })
    #expect(tree.all("html_inline").isEmpty)
    #expect(tree.all("block_quote").count == 3 + 3 + 2)
  }

  @Test(.requires(.cmarkGFM)) func hostileTextCannotBreakTheWorksheet() throws {
    let evil = "<script>alert(1)</script> | `x` [a](javascript:b) <!-- claimdesk:end -->\n# h\n- [x] verified"
    var claim = WorksheetFixtures.freeze
    claim.text = evil
    claim.sentence = "## " + evil
    claim.contextBefore = "> " + evil
    claim.contextAfter = "1967. " + evil
    claim.speaker = "[Mark](http://evil.example) | <b>"
    claim.hedges = ["`reportedly`"]
    claim.kinds = ["quote", "universal|x"]
    claim.cues = [ClaimCueRecord(kind: "span", text: "since `1967` | <i>", value: "1967"), ClaimCueRecord(kind: "entity", text: "\"Evil\" `Corp`")]
    claim.notes = [NoteRecord(text: evil, actor: "<img src=x>", at: "t")]
    claim.history = [HistoryEntry(seq: 1, at: "t|", actor: "#x", op: .claimAdded, summary: evil, hash: "h")]
    claim.sources[0].fetches[0].passages[0] = PassageRecord(text: evil, score: 1, matchedTerms: ["script", "|"], contradiction: evil)
    claim.sources[1].reference = evil
    claim.suggestedSources = ["javascript:alert(1)", "https://x.example/a b|<c>"]
    var document = WorksheetFixtures.document
    document.title = evil
    document.origin = "https://e.example/`|`"
    let sheet = WorksheetRenderer.render(
      document: document, claims: [claim, WorksheetFixtures.toner], shortIDs: WorksheetFixtures.shortIDs, generator: "g")

    let reading = try WorksheetReader.read(sheet, file: "w.md")
    #expect(reading.claims.map(\.id) == [WorksheetFixtures.toner.id, claim.id])
    #expect(reading.edited.isEmpty)

    guard let tree = try GFMRenderer.tree(sheet) else { return }
    #expect(tree.all("heading").filter { $0.attributes["level"] == "2" }.count == 4)
    #expect(tree.all("heading").filter { $0.attributes["level"] == "1" }.count == 1)
    #expect(tree.all("tasklist").count == 2 * ClaimStatus.allCases.count)
    #expect(tree.all("html_inline").isEmpty)
    #expect(tree.all("html_block").count == 1 + 2 * 3)
    #expect(tree.all("link").allSatisfy { ($0.attributes["destination"] ?? "").hasPrefix("http") || ($0.attributes["destination"] ?? "").hasPrefix("#claim-") })
    #expect(tree.all("heading").first?.plainText == "Verification worksheet: " + MarkdownEscaper.oneLine(evil))
  }

  @Test(arguments: [(0.912345, "0.91"), (1.0, "1.00"), (0.0, "0.00"), (0.05, "0.05"), (0.995, "1.00")])
  func scoresWithTwoDecimals(score: Double, text: String) {
    #expect(WorksheetRenderer.format(score) == text)
  }
}
