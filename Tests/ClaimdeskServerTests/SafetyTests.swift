import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskSupport
@testable import ClaimdeskServer

@Suite struct SafetyTests {
  @Test func aPostWithoutTheSessionsTokenGets403AndWritesNothing() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    let before = fixture.ledgerBytes
    try await fixture.test { browser in
      let fields = [("status", "in-progress"), ("note", "x"), ("last_event", claim.lastEventHash)]
      // No session at all (a cross-site form).
      do { let reply = try await browser.post("/claims/\(shortID)/verdict", fields, csrf: .some(nil)); #expect(reply.status == .forbidden) }
      try await browser.get("/claims/\(shortID)")
      do { let reply = try await browser.post("/claims/\(shortID)/verdict", fields, csrf: .some(nil)); #expect(reply.status == .forbidden) }
      do { let reply = try await browser.post("/claims/\(shortID)/verdict", fields, csrf: String(repeating: "0", count: 64)); #expect(reply.status == .forbidden) }
      do { let reply = try await browser.post("/check", [("text", "Unemployment rose 40 percent in 2023, the minister said.")], csrf: .some(nil)); #expect(reply.status == .forbidden) }
    }
    #expect(fixture.ledgerBytes == before)
  }

  @Test func hostileClaimTextSpeakerAndSourcesAreEscapedAndNeverLinkedUnlessHTTP() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    let hostile = "<script>alert(1)</script> Crime rose 40 percent \u{07}\u{202E}since 2019 \"quoted\" & 'single'"
    let (id, _) = try fixture.workbench.addClaim(text: hostile, speaker: "<img src=x onerror=alert(2)>", sources: [])
    // A ledger written by another tool may hold anything: a javascript: "URL" source.
    try fixture.workbench.ledger.append(
      [EventDraft(op: .claimSource, claim: id, data: ["reference": "javascript:alert(3)", "kind": "url"]),
       EventDraft(op: .claimNote, claim: id, data: ["text": "<iframe src=//evil>"])],
      actor: "<b>mallory</b>", at: "2026-12-06T00:00:00.000Z")
    let shortID = try fixture.workbench.claim(id).shortID
    try await fixture.test { browser in
      for uri in ["/", "/claims/\(shortID)"] {
        let page = try await browser.get(uri)
        #expect(page.status == .ok)
        #expect(!page.body.contains("<script>alert"))
        #expect(!page.body.contains("<img src=x"))
        #expect(!page.body.contains("<iframe"))
        #expect(!page.body.contains("<b>mallory"))
        #expect(!page.body.lowercased().contains("href=\"javascript:"))
        #expect(!page.body.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      }
      let claimPage = try await browser.get("/claims/\(shortID)")
      #expect(claimPage.body.contains("javascript:alert(3)"))  // shown as text
      #expect(claimPage.body.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }
  }

  @Test func aBodyOverTheUploadLimitIsRefused() async throws {
    let fixture = try ServerFixture(uploadLimit: 4096, withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let big = String(repeating: "Prices rose 40 percent. ", count: 400)
      let page = try await browser.post("/check", [("text", big)])
      #expect(page.status == .contentTooLarge)
    }
    #expect(try fixture.workbench.state().claims.isEmpty)
  }

  @Test func checkByURLKeepsFetchsAddressRules() async throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try await fixture.test { browser in
      try await browser.get("/check")
      let page = try await browser.post("/check", [("url", "http://127.0.0.1:9/page")])
      #expect(page.status == .badGateway)
      #expect(page.body.contains("cannot fetch"))
      let other = try await browser.post("/check", [("url", "file:///etc/passwd")])
      #expect(other.status == .unprocessableContent)
    }
    #expect(try fixture.workbench.state().documents.isEmpty)
  }
}
