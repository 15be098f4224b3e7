import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

/// Seen before in the browser: a web check matches its new claims as `claimdesk check` does, the
/// queue filters to claims that repeat something, and the claim page lists the matches, escaped,
/// with links only to claim pages and http(s) fact-checks.
@Suite struct SeenBeforePageTests {
  static let first = "The minister said unemployment fell to 4.1% in March, the lowest level since 2001."
  static let followUp = "Officials repeated that unemployment fell to 4.1% in March, the lowest level since 2001."

  @Test func aWebCheckRecordsWhatItsClaimsRepeatAndThePagesShowIt() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    let csv = fixture.root + "/fc.csv"
    try """
      claim,verdict,url,date,publisher
      "Unemployment fell to 4.1% in March, the lowest level since 2001",<b>Mostly</b> true,javascript:alert(1),2024-04-05,Example <script>
      """.write(toFile: csv, atomically: true, encoding: .utf8)
    _ = try fixture.workbench.importFactChecks(path: csv)
    try await fixture.test { browser in
      try await browser.get("/check")
      #expect(try await browser.post("/check", [("title", "First"), ("text", Self.first)]).status == .seeOther)
      try await browser.get("/check")
      #expect(try await browser.post("/check", [("title", "Follow-up"), ("text", Self.followUp)]).status == .seeOther)

      let all = try await browser.get("/")
      #expect(all.body.components(separatedBy: "claim-link").count - 1 == 2)
      let seen = try await browser.get("/?seen=1")
      #expect(seen.body.contains("seen before</span>"))
      #expect(seen.body.contains("name=\"seen\" type=\"checkbox\" value=\"1\" checked"))
    }
    let state = try fixture.workbench.state()
    let repeated = try #require(state.orderedClaims.last)
    let earlier = try #require(state.orderedClaims.first)
    #expect(repeated.seenBefore.contains { $0.target == .claim(earlier.id) })
    let digest = try #require(state.factCheckImports.first).payload.sha256
    #expect(earlier.seenBefore.map(\.reference) == ["import:\(digest.prefix(12)):2"])
    let shortID = try fixture.workbench.claim(repeated.id).shortID
    let earlierShort = try fixture.workbench.claim(earlier.id).shortID
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("<h2>Seen before</h2>"))
      #expect(page.body.contains("<a href=\"/claims/\(earlierShort)\" rel=\"noreferrer noopener\">same claim as claim \(earlierShort) (open)"))
      #expect(!page.body.contains("<script>") && !page.body.contains("href=\"javascript:"))
      #expect(page.body.contains("&lt;b&gt;Mostly&lt;/b&gt; true"))
    }
  }
}
