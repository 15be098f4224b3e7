import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct QueuePageTests {
  @Test func listsClaimsMostCheckWorthyFirstUnderAPolicyWithoutInlineScript() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let top = try fixture.topClaim()
    try await fixture.test { browser in
      let page = try await browser.get("/")
      #expect(page.status == .ok)
      #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
      #expect(page.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
      #expect(page.headers[.setCookie]?.contains("HttpOnly") == true)
      #expect(page.headers[.setCookie]?.contains("SameSite=Strict") == true)
      // Every script is a file of this origin.
      #expect(page.body.components(separatedBy: "<script").count == 3)
      #expect(page.body.contains(#"<script src="/static/app.js" defer></script>"#))
      #expect(page.body.contains(#"<script src="/static/changes.js" defer></script>"#))
      let first = Browser.firstMatch(#"class="claim-link" href="/claims/([0-9a-f]+)""#, in: page.body)
      #expect(first == top.shortID)
    }
  }

  @Test func filtersBySearchStatusKindAndAssignment() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let top = try fixture.topClaim()
    try fixture.workbench.assign(top.shortID, to: "dana")
    let word = top.claim.text.components(separatedBy: " ").max { $0.count < $1.count } ?? ""
    try await fixture.test { browser in
      let all = try await browser.get("/")
      let rows = all.body.components(separatedBy: "class=\"claim-link\"").count - 1
      #expect(rows > 2)
      let searched = try await browser.get("/?q=" + Browser.encode(word))
      #expect(searched.body.contains("/claims/\(top.shortID)"))
      #expect(searched.body.components(separatedBy: "class=\"claim-link\"").count - 1 < rows)
      let assigned = try await browser.get("/?assigned=dana")
      #expect(assigned.body.components(separatedBy: "class=\"claim-link\"").count - 1 == 1)
      let unassigned = try await browser.get("/?assigned=none")
      #expect(!unassigned.body.contains("/claims/\(top.shortID)\""))
      let verified = try await browser.get("/?status=verified")
      #expect(verified.body.contains("No claims match"))
      let kind = try #require(top.claim.kinds.first)
      let byKind = try await browser.get("/?kind=" + kind)
      #expect(byKind.body.contains("/claims/\(top.shortID)"))
    }
  }

  @Test func pagesFiftyAtATime() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    for i in 1...60 { _ = try fixture.workbench.addClaim(text: "Claim number \(i) says 40 percent rose.", speaker: nil, sources: []) }
    try await fixture.test { browser in
      let first = try await browser.get("/")
      #expect(first.body.components(separatedBy: "class=\"claim-link\"").count - 1 == 50)
      #expect(first.body.contains(#"href="/?page=2""#))
      let second = try await browser.get("/?page=2")
      #expect(second.body.components(separatedBy: "class=\"claim-link\"").count - 1 == 10)
      #expect(second.body.contains("Claims 51–60 of 60"))
    }
  }

  @Test func servesTheKeyboardScriptAndStylesheet() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      let script = try await browser.get("/static/app.js")
      #expect(script.status == .ok)
      #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
      #expect(script.body.contains("keydown"))
      do { let reply = try await browser.get("/static/site.css"); #expect(reply.status == .ok) }
      do { let reply = try await browser.get("/static/nothing.js"); #expect(reply.status == .notFound) }
    }
  }
}
