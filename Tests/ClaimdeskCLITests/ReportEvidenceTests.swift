import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger

/// Worksheets of extracted documents, with the events the extractor and the fetcher record
/// appended straight to the ledger (their commands live elsewhere): the header, the file name, and
/// the evidence as soon as a fetch and its passages are recorded.
@Suite struct ReportEvidenceTests {
  static let documentID = String(repeating: "d0", count: 32)
  static let url = "https://state.example/briefing"
  static let text = "Every U.S. administration since 1967 has opposed settlement activity."
  static let claimID = ClaimIDs.derive(document: documentID, span: 120..<189, text: text, speaker: "Mark Toner")

  static func extracted() throws -> WorksheetDesk {
    let desk = WorksheetDesk(root: try TestData.temporaryDirectory("worksheet-evidence").path)
    try Workspace.create(at: desk.root)
    let ledger = Ledger(claimsDirectory: desk.root + "/claims")
    try ledger.append(
      [
        EventDraft(
          op: .documentAdded, document: documentID,
          data: [
            "origin": "examples/kerry-briefing.md", "format": "markdown", "title": "Daily Press Briefing | November 24",
            "bytes_sha256": .string(String(repeating: "ab", count: 32)), "url": "https://state.example/2015/11/24",
          ]),
        EventDraft(
          op: .claimAdded, claim: claimID, document: documentID,
          data: [
            "text": .string(text), "sentence": .string("Toner said: " + text), "context_before": "The question was about settlements.",
            "context_after": "He took no further questions.", "span": ["start": 120, "end": 189], "score": 912_345,
            "kinds": ["universal"], "speaker": "Mark Toner", "hedges": [],
            "cues": [["kind": "span", "text": "since 1967", "value": "1967"]],
            "suggested_sources": ["https://archive.example/1967"],
          ]),
        EventDraft(op: .claimSource, claim: claimID, data: ["reference": .string(url), "kind": "url"]),
      ], actor: "extractor", at: "2015-11-24T14:00:00.000Z")
    return desk
  }

  static func recordFetch(_ desk: WorksheetDesk) throws {
    try Ledger(claimsDirectory: desk.root + "/claims").append(
      [
        EventDraft(
          op: .sourceFetched, claim: claimID,
          data: [
            "url": .string(url), "final_url": "https://www.state.example/briefing/2015-11-24", "http_status": 200,
            "outcome": "fetched",
            "sha256_decoded": .string(String(repeating: "cd", count: 32)),
            "passages": [["text": "No administration since 1967 has supported settlement activity.", "score": 810_000, "matched_terms": ["1967", "settlement"]]],
          ]),
      ], actor: "fetcher", at: "2015-11-24T15:00:00.000Z")
  }

  @Test func headerAndFileNameComeFromTheDocument() async throws {
    let desk = try Self.extracted()
    let result = await desk.run(["report"])
    #expect(result.status == 0)
    #expect(result.stdout == "Wrote reports/daily-press-briefing-november-24.md (1 claim)\n")
    let text = try String(contentsOfFile: desk.root + "/reports/daily-press-briefing-november-24.md", encoding: .utf8)
    for line in [
      "# Verification worksheet: Daily Press Briefing \\| November 24",
      "| Origin | `examples/kerry-briefing.md` |",
      "| URL | [https://state.example/2015/11/24](<https://state.example/2015/11/24>) |",
      "| SHA-256 | `\(String(repeating: "ab", count: 32))` |",
      "| Extracted | 2015-11-24T14:00:00.000Z by extractor |",
      "> The question was about settlements. **Toner said: \(Self.text)** He took no further questions.",
      "1. Look for one U.S. administration since 1967 that has not opposed settlement activity: a universal claim falls to a single counterexample.",
      "- `\"Mark Toner\" \"since 1967\" settlement`",
      "Not fetched yet: run `claimdesk fetch \(try #require(ClaimIDs.shortest([Self.claimID])[Self.claimID]))` to keep a snapshot.",
      "- [https://archive.example/1967](<https://archive.example/1967>)",
    ] {
      #expect(text.contains(line + "\n"), "\(line)")
    }
  }

  /// Once the fetch is recorded, the next worksheet shows the final URL, status, digest and the
  /// best passage with its matching terms in bold; `status` no longer lists the claim.
  @Test func fetchedEvidenceSlotsIn() async throws {
    let desk = try Self.extracted()
    #expect(await desk.run(["status"]).stdout.contains("Claims with sources not yet fetched: 1 ("))
    try Self.recordFetch(desk)
    let result = await desk.run(["report", "--out", "-"])
    #expect(result.status == 0)
    let digest = String(repeating: "cd", count: 32)
    #expect(
      result.stdout.contains(
        "| 2015-11-24T15:00:00.000Z | HTTP 200 | [https://www.state.example/briefing/2015-11-24](<https://www.state.example/briefing/2015-11-24>) | `\(digest)` |\n"))
    #expect(result.stdout.contains("> No administration since **1967** has supported **settlement** activity.\n"))
    #expect(!result.stdout.contains("Not fetched yet"))
    let status = await desk.run(["status"])
    #expect(status.stdout.contains("Claims with sources not yet fetched: 0\n"))
    #expect(status.stdout.contains("Last activity: 2015-11-24T15:00:00.000Z by fetcher (source.fetched), event 4\n"))
  }

  @Test func outNeedsASingleDocument() async throws {
    let desk = try Self.extracted()
    #expect(await desk.run(["add", "A claim entered by hand."]).status == 0)
    let result = await desk.run(["report", "--out", "-"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--out needs a single worksheet, but 2 documents have matching claims; name one with --doc ID"))
    let manual = await desk.run(["report", "--doc", "manual", "--out", "-"])
    #expect(manual.status == 0 && manual.stdout.contains("# Verification worksheet: Claims entered by hand\n"))
  }
}
