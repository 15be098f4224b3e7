import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct DocumentAndExportTests {
  @Test func checkingPastedTextRecordsItsClaimsAndShowsTheDocument() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    let text = "The city said unemployment fell to 4.2 percent in March. Officials claimed crime had never been lower since 1967."
    try await fixture.test { browser in
      let form = try await browser.get("/check")
      #expect(form.status == .ok)
      let done = try await browser.post("/check", [("text", text), ("title", "Pasted <b>test</b>"), ("date", "2024-04-01")])
      #expect(done.status == .seeOther)
      let location = try #require(done.headers[.location])
      #expect(location.hasPrefix("/documents/"))
      let page = try await browser.get(location)
      #expect(page.status == .ok)
      #expect(page.body.contains("Pasted &lt;b&gt;test&lt;/b&gt;"))
      #expect(page.body.contains("class=\"claim-mark\""))
      #expect(page.body.contains("worksheet written to <code>reports/pasted-b-test-b.md</code>"))
      let documentPath = String(location.prefix { $0 != "?" })
      let worksheet = try await browser.get(documentPath + "/worksheet.md")
      #expect(worksheet.status == .ok)
      #expect(worksheet.headers[.contentDisposition]?.hasPrefix("attachment") == true)
      #expect(worksheet.body.contains("Verdict"))
      let badDate = try await browser.post("/check", [("text", text), ("date", "soon")])
      #expect(badDate.status == .unprocessableContent)
      let empty = try await browser.post("/check", [("text", "  ")])
      #expect(empty.status == .unprocessableContent)
    }
    let state = try fixture.workbench.state()
    #expect(state.claims.count >= 1)
    #expect(state.documents.values.first?.addedBy == "local-reviewer")
    #expect(try fixture.workbench.verifies())
  }

  @Test func exportsDownloadAsTheCLIWritesThem() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.test { browser in
      let page = try await browser.get("/exports")
      #expect(page.status == .ok)
      #expect(page.body.contains("/worksheet.md"))
      let csv = try await browser.get("/exports/claims.csv")
      #expect(csv.status == .ok)
      #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
      let jsonl = try await browser.get("/exports/claims.jsonl")
      let count = try fixture.workbench.state().claims.count
      #expect(jsonl.body.split(separator: "\n").count == count)
      // ClaimReview needs a publisher: the page says how to set one.
      let missing = try await browser.get("/exports/claimreview.json")
      #expect(missing.status == .unprocessableContent)
      let workspace = fixture.workbench.workspace
      _ = try WorkspaceConfig.set("publisher", "Fact Desk", in: workspace)
      _ = try WorkspaceConfig.set("base-url", "https://desk.example/checks/", in: workspace)
      let review = try await browser.get("/exports/claimreview.json")
      #expect(review.status == .ok)
      do { let reply = try await browser.get("/exports/other.txt"); #expect(reply.status == .notFound) }
    }
  }

  @Test func unknownDocumentsAre404() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      do { let reply = try await browser.get("/documents/abcdef123456"); #expect(reply.status == .notFound) }
      do { let reply = try await browser.get("/documents/zz"); #expect(reply.status == .notFound) }
    }
  }
}

extension Workbench {
  /// The ledger the web wrote verifies.
  fileprivate func verifies() throws -> Bool {
    _ = try ledger.verify()
    return true
  }
}
