import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

/// The claim page's seen-before forms: rejecting a match (`match --reject`) and adopting an
/// earlier claim's or fact-check's verdict (`mark --same-as`), by the same rules as the CLI,
/// with the verdict form's `csrf` and `last_event` guards, each write by the signed-in actor.
@Suite struct SeenBeforeFormsTests {
  static let first = "The minister said unemployment fell to 4.1% in March, the lowest level since 2001."
  static let followUp = "Officials repeated that unemployment fell to 4.1% in March, the lowest level since 2001."

  /// Two checked texts, the second repeating the first, and a fact-check whose rating fits no
  /// status; the repeating claim, the earlier one, and the fact-check's reference.
  struct Setup {
    let fixture: ServerFixture
    let repeated: (claim: ClaimState, shortID: String)
    let earlier: (claim: ClaimState, shortID: String)
    let factCheck: String
  }

  static func setUp() async throws -> Setup {
    let fixture = try ServerFixture(withArticle: false)
    let csv = fixture.root + "/fc.csv"
    try """
      claim,verdict,url,date,publisher
      "Unemployment fell to 4.1% in March, the lowest level since 2001",Spicy take,https://factcheck.example.org/jobs,2024-04-05,Example Checks
      """.write(toFile: csv, atomically: true, encoding: .utf8)
    _ = try fixture.workbench.importFactChecks(path: csv)
    try await fixture.test { browser in
      try await browser.get("/check")
      #expect(try await browser.post("/check", [("title", "First"), ("text", Self.first)]).status == .seeOther)
      try await browser.get("/check")
      #expect(try await browser.post("/check", [("title", "Follow-up"), ("text", Self.followUp)]).status == .seeOther)
    }
    let state = try fixture.workbench.state()
    let repeated = try #require(state.orderedClaims.last)
    let earlier = try #require(state.orderedClaims.first)
    #expect(repeated.seenBefore.contains { $0.target == .claim(earlier.id) })
    let factCheck = try #require(repeated.seenBefore.first { if case .factCheck = $0.target { true } else { false } }).reference
    return Setup(
      fixture: fixture, repeated: try fixture.workbench.claim(repeated.id), earlier: try fixture.workbench.claim(earlier.id),
      factCheck: factCheck)
  }

  @Test func rejectingAMatchRecordsItAsTheReviewerAndTheQueueDropsIt() async throws {
    let setup = try await Self.setUp()
    let fixture = setup.fixture
    defer { fixture.remove() }
    let (claim, shortID) = setup.repeated
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("action=\"/claims/\(shortID)/reject-match\""))
      #expect(page.body.contains("name=\"other\" value=\"\(setup.earlier.claim.id)\""))
      let done = try await browser.post(
        "/claims/\(shortID)/reject-match",
        [("other", setup.earlier.claim.id), ("note", "a different month"), ("last_event", claim.lastEventHash)])
      #expect(done.status == .seeOther)
      #expect(done.headers[.location] == "/claims/\(shortID)?done=reject")
      let after = try await browser.get("/claims/\(shortID)?done=reject")
      #expect(after.body.contains("Match rejected"))
      #expect(!after.body.contains("name=\"other\" value=\"\(setup.earlier.claim.id)\""))
    }
    let now = try fixture.workbench.claim(claim.id).claim
    #expect(!now.seenBefore.contains { $0.target == .claim(setup.earlier.claim.id) })
    #expect(now.rejectedMatches == [setup.earlier.claim.id])
    #expect(now.history.last?.op == .matchRejected)
    #expect(now.history.last?.actor == "local-reviewer")
    _ = try fixture.workbench.ledger.verify()
  }

  @Test func theQueuesSeenBeforeFilterFollowsARejection() async throws {
    let setup = try await Self.setUp()
    let fixture = setup.fixture
    defer { fixture.remove() }
    let (claim, shortID) = setup.repeated
    try await fixture.test { browser in
      #expect(try await browser.get("/?seen=1").body.contains("href=\"/claims/\(shortID)\""))
      for other in [setup.earlier.claim.id, setup.factCheck] {
        let page = try await browser.get("/claims/\(shortID)")
        let last = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: page.body))
        #expect(try await browser.post("/claims/\(shortID)/reject-match", [("other", other), ("last_event", last)]).status == .seeOther)
      }
      let seen = try await browser.get("/?seen=1")
      #expect(!seen.body.contains("href=\"/claims/\(shortID)\""))
      #expect(seen.body.contains("href=\"/claims/\(setup.earlier.shortID)\""))  // it still repeats the fact-check
    }
    #expect(try fixture.workbench.claim(claim.id).claim.seenBefore.isEmpty)
  }

  @Test func adoptingAnEarlierClaimsVerdictIsRefusedWhileItIsOpen() async throws {
    let setup = try await Self.setUp()
    let fixture = setup.fixture
    defer { fixture.remove() }
    let (claim, shortID) = setup.repeated
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("The earlier claim is still open"))
      let before = fixture.ledgerBytes
      let refused = try await browser.post(
        "/claims/\(shortID)/same-as", [("other", setup.earlier.claim.id), ("last_event", claim.lastEventHash)])
      #expect(refused.status == .unprocessableContent)
      #expect(refused.body.contains("has no verdict to adopt (it is still open)"))
      #expect(fixture.ledgerBytes == before)

      _ = try fixture.workbench.acting(as: "dana").review(
        setup.earlier.claim.id, ReviewRequest(status: .verified, sources: ["Labour survey, table 2"], note: nil),
        expecting: nil)
      let fresh = try await browser.get("/claims/\(shortID)")
      #expect(fresh.body.contains("action=\"/claims/\(shortID)/same-as\""))
      let last = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: fresh.body))
      let done = try await browser.post(
        "/claims/\(shortID)/same-as", [("other", setup.earlier.claim.id), ("note", "same figures"), ("last_event", last)])
      #expect(done.status == .seeOther)
      #expect(done.headers[.location] == "/claims/\(shortID)?done=same-as")
    }
    let now = try fixture.workbench.claim(claim.id).claim
    #expect(now.status == .verified)
    #expect(now.sources.first?.reference.hasPrefix("earlier verdict: claim \(setup.earlier.claim.id.prefix(12)) marked verified by dana") == true)
    #expect(now.notes.last?.text == "same claim as claim \(setup.earlier.shortID): same figures")
    #expect(now.history.last?.actor == "local-reviewer")
    _ = try fixture.workbench.ledger.verify()
  }

  @Test func aRatingThatFitsNoStatusNeedsAStatusChosen() async throws {
    let setup = try await Self.setUp()
    let fixture = setup.fixture
    defer { fixture.remove() }
    let (claim, shortID) = setup.repeated
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("<select id=\"same-status-"))
      let before = fixture.ledgerBytes
      let refused = try await browser.post(
        "/claims/\(shortID)/same-as", [("other", setup.factCheck), ("status", ""), ("last_event", claim.lastEventHash)])
      #expect(refused.status == .unprocessableContent)
      #expect(refused.body.contains("cannot tell which status"))
      #expect(refused.body.contains("choose a status"))
      #expect(fixture.ledgerBytes == before)
      let done = try await browser.post(
        "/claims/\(shortID)/same-as", [("other", setup.factCheck), ("status", "misleading"), ("last_event", claim.lastEventHash)])
      #expect(done.status == .seeOther)
    }
    let now = try fixture.workbench.claim(claim.id).claim
    #expect(now.status == .misleading)
    #expect(now.sources.map(\.reference) == ["https://factcheck.example.org/jobs"])
    #expect(now.history.last?.actor == "local-reviewer")
  }

  @Test(arguments: ["reject-match", "same-as"])
  func aStaleFormOrOneWithoutItsTokenWritesNothing(form: String) async throws {
    let setup = try await Self.setUp()
    let fixture = setup.fixture
    defer { fixture.remove() }
    let (claim, shortID) = setup.repeated
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let fields = [("other", setup.factCheck), ("status", "misleading"), ("last_event", claim.lastEventHash)]
      let before = fixture.ledgerBytes
      #expect(try await browser.post("/claims/\(shortID)/\(form)", fields, csrf: .some(nil)).status == .forbidden)
      #expect(try await browser.post("/claims/\(shortID)/\(form)", fields, csrf: String(repeating: "0", count: 64)).status == .forbidden)
      #expect(fixture.ledgerBytes == before)

      // Someone else notes the claim after the page was read: the form is now stale.
      _ = try fixture.workbench.acting(as: "dana").review(
        claim.id, ReviewRequest(status: nil, sources: [], note: "looking at it"), expecting: nil)
      let grown = fixture.ledgerBytes
      let stale = try await browser.post("/claims/\(shortID)/\(form)", fields)
      #expect(stale.status == .conflict)
      #expect(stale.body.contains("This claim changed since you opened it"))
      #expect(stale.body.contains("dana"))
      #expect(fixture.ledgerBytes == grown)
    }
    let now = try fixture.workbench.claim(claim.id).claim
    #expect(now.status == .open)
    #expect(now.rejectedMatches.isEmpty)
  }
}
