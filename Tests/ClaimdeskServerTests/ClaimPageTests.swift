import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct ClaimPageTests {
  @Test func showsTheClaimInContextByAnyUniquePrefix() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    try await fixture.test { browser in
      let page = try await browser.get("/claims/" + claim.id.prefix(12))
      #expect(page.status == .ok)
      #expect(page.body.contains("<mark>"))
      #expect(page.body.contains("Claim <code>\(shortID)</code>"))
      #expect(page.body.contains("name=\"last_event\" value=\"\(claim.lastEventHash)\""))
      #expect(page.body.contains("https://duckduckgo.com/?q="))
      #expect(page.body.contains("What to check"))
      do { let reply = try await browser.get("/claims/ffffffffffff"); #expect(reply.status == .notFound) }
    }
  }

  @Test func recordsAVerdictWithASourceAsTheLocalActor() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let done = try await browser.post(
        "/claims/\(shortID)/verdict",
        [("status", "verified"), ("source", "https://stats.example.org/table-4"), ("note", "matches table 4"),
         ("last_event", claim.lastEventHash)])
      #expect(done.status == .seeOther)
      #expect(done.headers[.location] == "/claims/\(shortID)?done=verdict")
      let after = try await browser.get("/claims/\(shortID)?done=verdict")
      #expect(after.body.contains("Recorded."))
    }
    let now = try fixture.workbench.claim(shortID).claim
    #expect(now.status == .verified)
    #expect(now.sources.map(\.reference) == ["https://stats.example.org/table-4"])
    #expect(now.history.last?.actor == "local-reviewer")
    #expect(now.notes.last?.text == "matches table 4")
    _ = try fixture.workbench.ledger.verify()
  }

  @Test func refusesAVerdictWithoutASourceByTheRulesOfMark() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    let before = fixture.ledgerBytes
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let refused = try await browser.post(
        "/claims/\(shortID)/verdict", [("status", "false"), ("note", "my note"), ("source", ""), ("last_event", claim.lastEventHash)])
      #expect(refused.status == .unprocessableContent)
      #expect(refused.body.contains("cannot be marked false without a source"))
      #expect(refused.body.contains("my note"))  // what was typed is kept
      let dismissed = try await browser.post(
        "/claims/\(shortID)/verdict", [("status", "dismissed"), ("note", " "), ("last_event", claim.lastEventHash)])
      #expect(dismissed.status == .unprocessableContent)
      let bogus = try await browser.post("/claims/\(shortID)/verdict", [("status", "true"), ("last_event", claim.lastEventHash)])
      #expect(bogus.status == .badRequest)
    }
    #expect(fixture.ledgerBytes == before)
  }

  @Test func aStaleFormWritesNothingAndSaysWhatChangedAndWho() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    try await fixture.test { browser in
      let opened = try await browser.get("/claims/\(shortID)")
      let seen = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: opened.body))
      #expect(seen == claim.lastEventHash)
      // Another reviewer, through the CLI's workbench, meanwhile.
      try fixture.workbench.acting(as: "other-desk").note(shortID, text: "called the ministry")
      let before = fixture.ledgerBytes
      let stale = try await browser.post(
        "/claims/\(shortID)/verdict", [("status", "in-progress"), ("note", "mine"), ("last_event", seen)])
      #expect(stale.status == .conflict)
      #expect(stale.body.contains("changed since you opened it"))
      #expect(stale.body.contains("other-desk"))
      #expect(stale.body.contains("note: called the ministry"))
      #expect(fixture.ledgerBytes == before)
      // The refreshed form carries the new last event and goes through.
      let fresh = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: stale.body))
      #expect(fresh != seen)
      let again = try await browser.post("/claims/\(shortID)/verdict", [("status", "in-progress"), ("last_event", fresh)])
      #expect(again.status == .seeOther)
    }
    #expect(try fixture.workbench.claim(shortID).claim.status == .inProgress)
  }

  @Test func assignsAndTheQueueFiltersByMe() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let done = try await browser.post("/claims/\(shortID)/assign", [("assignee", "local-reviewer"), ("last_event", claim.lastEventHash)])
      #expect(done.status == .seeOther)
      let mine = try await browser.get("/?assigned=me")
      #expect(mine.body.components(separatedBy: "class=\"claim-link\"").count - 1 == 1)
      let bad = try await browser.post("/claims/\(shortID)/assign", [("assignee", "<b>"), ("last_event", claim.lastEventHash)])
      #expect(bad.status == .unprocessableContent)
    }
    let now = try fixture.workbench.claim(shortID).claim
    #expect(now.assignee == "local-reviewer")
    #expect(now.history.last?.summary == "assigned to local-reviewer")
  }
}
