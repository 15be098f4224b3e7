import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct CheckPageTests {
  static let article = Array((try? Data(contentsOf: URL(fileURLWithPath: ServerFixture.repository + "/examples/harbor-transit.md"))) ?? Data())

  @Test func anUploadedFileIsReadByItsExtensionRecordedAndItsWorksheetWrittenIntoReports() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      let form = try await browser.get("/check")
      #expect(form.body.contains("enctype=\"multipart/form-data\""))
      #expect(form.body.contains("type=\"file\""))
      let reply = try await browser.postMultipart(
        "/check", [("title", ""), ("text", ""), ("url", ""), ("date", "2024-03-14")],
        file: ("file", "harbor-transit.md", Self.article))
      #expect(reply.status == .seeOther)
      let location = try #require(reply.headers[.location])
      #expect(location.hasPrefix("/documents/"))
      #expect(location.contains("?worksheet="))
      let page = try await browser.get(location)
      #expect(page.body.contains("worksheet written to <code>reports/"))
    }
    let state = try fixture.workbench.state()
    #expect(state.documents.count == 1)
    let document = try #require(state.documents.values.first)
    #expect(document.origin == "harbor-transit.md")
    #expect(document.format == "markdown")
    #expect(!state.claims.isEmpty)
    // The same worksheet `claimdesk check` writes, in the same place.
    let expected = try #require(try fixture.workbench.worksheets(document: document.id, generator: "claimdesk test").first)
    let written = try String(contentsOfFile: expected.defaultPath, encoding: .utf8)
    #expect(written == expected.text)
  }

  @Test func aPastedTextWritesItsWorksheetToo() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let reply = try await browser.post("/check", [("title", "Budget speech"), ("text", String(decoding: Self.article, as: UTF8.self))])
      #expect(reply.status == .seeOther)
      #expect(reply.headers[.location]?.hasSuffix("?worksheet=budget-speech.md") == true)
    }
    #expect(FileManager.default.fileExists(atPath: fixture.root + "/reports/budget-speech.md"))
  }

  @Test func aWorksheetWithUnsyncedEditsIsKeptAndTheReviewerTold() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try FileManager.default.createDirectory(atPath: fixture.root + "/reports", withIntermediateDirectories: true)
    try Data("my own notes, not a worksheet\n".utf8).write(to: URL(fileURLWithPath: fixture.root + "/reports/budget-speech.md"))
    try await fixture.test { browser in
      try await browser.get("/check")
      let reply = try await browser.post("/check", [("title", "Budget speech"), ("text", String(decoding: Self.article, as: UTF8.self))])
      #expect(reply.status == .ok)
      #expect(reply.body.contains("The claims were recorded, but the worksheet was not written"))
      #expect(reply.body.contains("not a claimdesk worksheet"))
    }
    #expect(try String(contentsOfFile: fixture.root + "/reports/budget-speech.md", encoding: .utf8) == "my own notes, not a worksheet\n")
    #expect(try !fixture.workbench.state().claims.isEmpty)
  }

  @Test func anUploadWithoutTheTokenGets403AndWritesNothing() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let reply = try await browser.postMultipart("/check", [], file: ("file", "a.md", Self.article), csrf: false)
      #expect(reply.status == .forbidden)
    }
    #expect(try fixture.workbench.state().documents.isEmpty)
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: fixture.root + "/reports")) ?? []).isEmpty)
  }

  @Test func anOversizedUploadGets413WithTheLimitAndWritesNothing() async throws {
    let fixture = try ServerFixture(uploadLimit: 4096, withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      let form = try await browser.get("/check")
      #expect(form.body.contains("up to 4 KB"))
      let reply = try await browser.postMultipart("/check", [], file: ("file", "big.txt", Array(repeating: UInt8(ascii: "a"), count: 5000)))
      #expect(reply.status == .contentTooLarge)
      #expect(reply.body.contains("larger than the limit of 4 KB"))
    }
    #expect(try fixture.workbench.state().documents.isEmpty)
  }

  @Test func aHostileFileNameAndContentAreOnlyLabelsAndEscapedText() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    let hostileName = "../../evil\u{07}<script>alert(1)</script>.html"
    let content = """
      <html><head><title>Budget</title><script>alert("page")</script></head><body>
      <p onclick="alert(2)">Unemployment rose 40 percent in 2023, the minister said on Tuesday in the capital.</p>
      <p>The deficit reached 3.2 percent of GDP last year, according to the finance ministry's figures.</p>
      <a href="javascript:alert(3)">more</a></body></html>
      """
    try await fixture.test { browser in
      try await browser.get("/check")
      let reply = try await browser.postMultipart("/check", [], file: ("file", hostileName, Array(content.utf8)))
      #expect(reply.status == .seeOther)
      let page = try await browser.get(try #require(reply.headers[.location]))
      #expect(page.status == .ok)
      #expect(!page.body.contains("<script>alert"))
      #expect(!page.body.contains("onclick"))
      #expect(!page.body.lowercased().contains("href=\"javascript:"))
      #expect(!page.body.unicodeScalars.contains("\u{07}"))
    }
    let document = try #require(try fixture.workbench.state().documents.values.first)
    // The last path component ("</script>" holds a slash), control characters dropped.
    #expect(document.origin == "script>.html")
    #expect(document.format == "html")
    // Nothing was written outside the workspace's folders.
    #expect(!FileManager.default.fileExists(atPath: (fixture.root as NSString).deletingLastPathComponent + "/evil"))
    let reports = try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/reports")
    #expect(reports.allSatisfy { $0.range(of: #"^[a-z0-9-]+\.md$"#, options: .regularExpression) != nil })
  }

  @Test func aMalformedMultipartBodyIsRefused() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let body = Array("--xyz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrf ?? "")".utf8)
      let reply = try await browser.send("/check", method: .post, bytes: body, contentType: "multipart/form-data; boundary=xyz")
      #expect(reply.status == .badRequest)
    }
    #expect(try fixture.workbench.state().documents.isEmpty)
  }

  @Test func oneInputAtATime() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let both = try await browser.postMultipart("/check", [("text", "Prices rose 40 percent in 2023, the minister said.")], file: ("file", "a.md", Self.article))
      #expect(both.status == .unprocessableContent)
      #expect(both.body.contains("not several"))
      let none = try await browser.postMultipart("/check", [("text", "")], file: ("file", "", []))
      #expect(none.status == .unprocessableContent)
      #expect(none.body.contains("choose a file"))
    }
    #expect(try fixture.workbench.state().documents.isEmpty)
  }
}
