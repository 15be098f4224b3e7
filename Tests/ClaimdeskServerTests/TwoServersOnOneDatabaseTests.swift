import ClaimdeskTestSupport
import Foundation
import Testing
import ClaimdeskExtraction
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskPostgres
@testable import ClaimdeskServer

/// Two `claimdesk serve` on two workspaces (as on two machines) whose ledger is one database:
/// each shows what the other wrote, and a form opened on one before a verdict was recorded on
/// the other is refused there (409, nothing written), naming who changed the claim.
@Suite struct TwoServersOnOneDatabaseTests {
  @Test(.requires(.postgres)) func aFormOpenedBeforeTheOtherServersVerdictIsRefused() async throws {
    let desks = try DatabaseDesks(first: "first-desk", second: "second-desk")
    defer { desks.remove() }
    let (first, second) = (desks.first, desks.second)
    let id = try first.addClaim(text: "Bus ridership rose 12% last year.", speaker: "Mayor", sources: []).id
    let shortID = String(id.prefix(8))
    let apps = try [first, second].map { desk in
      try WebApp(
        settings: ServerSettings(port: 0, localActor: desk.actor), workbench: desk, scorer: CheckWorthinessModel.shipped,
        users: UserStore(workspace: desk.workspace, cost: 4), generator: "claimdesk test")
    }
    try await apps[0].application().test(.router) { clientA in
      let browserA = Browser(client: clientA)
      let opened = try await browserA.get("/claims/\(shortID)")
      let seen = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: opened.body))
      try await apps[1].application().test(.router) { clientB in
        let browserB = Browser(client: clientB)
        let page = try await browserB.get("/claims/\(shortID)")
        let current = try #require(Browser.firstMatch(#"name="last_event" value="([0-9a-f]{64})""#, in: page.body))
        #expect(current == seen)
        let marked = try await browserB.post(
          "/claims/\(shortID)/verdict",
          [("status", "verified"), ("note", "Transit report, table 3"), ("source", "https://example.org/report"), ("last_event", current)])
        #expect(marked.status == .seeOther)
      }
      let events = try first.ledger.verify().events
      let stale = try await browserA.post(
        "/claims/\(shortID)/verdict", [("status", "false"), ("source", "https://example.org/other"), ("last_event", seen)])
      #expect(stale.status == .conflict)
      #expect(stale.body.contains("second-desk"))
      #expect(try first.ledger.verify().events == events)
      // Server A shows the verdict server B recorded.
      let reloaded = try await browserA.get("/claims/\(shortID)")
      #expect(reloaded.body.contains("Transit report, table 3"))
    }
    #expect(try second.claim(shortID).claim.status == .verified)
  }
}
