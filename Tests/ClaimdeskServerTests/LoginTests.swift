import Foundation
import Testing
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct LoginTests {
  @Test func offLoopbackItRefusesToStartWithoutUsers() throws {
    let fixture = try ServerFixture(host: "0.0.0.0", withArticle: false)
    defer { fixture.remove() }
    #expect(throws: ServerError.noUsers(host: "0.0.0.0")) { try fixture.app.checkStart() }
    try fixture.users.add("dana", password: "correct horse battery")
    try fixture.app.checkStart()
    let local = try ServerFixture(host: "127.0.0.1", withArticle: false)
    defer { local.remove() }
    try local.app.checkStart()
  }

  @Test func usersLiveOutsideTheLedgerAsBcryptHashes() throws {
    let fixture = try ServerFixture(withArticle: false)
    defer { fixture.remove() }
    try fixture.users.add("dana", password: "correct horse battery")
    #expect(throws: UserStoreError.exists("dana")) { try fixture.users.add("dana", password: "another long one") }
    #expect(throws: UserStoreError.weakPassword) { try fixture.users.add("eve", password: "short") }
    #expect(throws: UserStoreError.badName("a b")) { try fixture.users.add("a b", password: "correct horse battery") }
    let stored = try String(contentsOfFile: fixture.root + "/.claimdesk/users.json", encoding: .utf8)
    #expect(stored.contains("$2b$04$"))
    #expect(!stored.contains("correct horse"))
    let ledger = try String(contentsOfFile: fixture.root + "/claims/ledger.jsonl", encoding: .utf8)
    #expect(!ledger.contains("$2b$"))
    #expect(try fixture.users.verify("dana", password: "correct horse battery"))
    #expect(try !fixture.users.verify("dana", password: "wrong horse battery"))
    #expect(try !fixture.users.verify("nobody", password: "correct horse battery"))
    try fixture.users.setPassword("dana", password: "a new long password")
    #expect(try fixture.users.verify("dana", password: "a new long password"))
    try fixture.users.remove("dana")
    #expect(try fixture.users.names().isEmpty)
  }

  @Test func signInThenEveryWriteIsTheSignedInUsers() async throws {
    let fixture = try ServerFixture(host: "0.0.0.0")
    defer { fixture.remove() }
    try fixture.users.add("dana", password: "correct horse battery")
    let (claim, shortID) = try fixture.topClaim()
    try await fixture.test { browser in
      let first = try await browser.get("/")
      #expect(first.status == .seeOther)
      #expect(first.headers[.location] == "/login")
      let login = try await browser.get("/login")
      #expect(login.status == .ok)
      let anonymousCookie = browser.cookie
      // A write before signing in is refused, token or not.
      do { let reply = try await browser.post("/claims/\(shortID)/verdict", [("status", "in-progress"), ("last_event", claim.lastEventHash)]); #expect(reply.status == .forbidden) }
      let wrong = try await browser.post("/login", [("name", "dana"), ("password", "wrong horse battery")])
      #expect(wrong.status == .unauthorized)
      let right = try await browser.post("/login", [("name", "dana"), ("password", "correct horse battery")])
      #expect(right.status == .seeOther)
      #expect(right.headers[.setCookie]?.contains("SameSite=Strict") == true)
      #expect(browser.cookie != anonymousCookie)  // a new session on sign-in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("Signed in as <strong>dana</strong>"))
      let done = try await browser.post("/claims/\(shortID)/verdict", [("status", "in-progress"), ("last_event", claim.lastEventHash)])
      #expect(done.status == .seeOther)
      // Signing out ends the session.
      try await browser.post("/logout", [])
      do { let reply = try await browser.get("/"); #expect(reply.status == .seeOther) }
    }
    #expect(try fixture.workbench.claim(shortID).claim.history.last?.actor == "dana")
  }

  @Test func failedSignInsAreRateLimited() async throws {
    let fixture = try ServerFixture(host: "0.0.0.0", loginAttempts: 3, withArticle: false)
    defer { fixture.remove() }
    try fixture.users.add("dana", password: "correct horse battery")
    try await fixture.test { browser in
      try await browser.get("/login")
      for _ in 0..<3 {
        do { let reply = try await browser.post("/login", [("name", "dana"), ("password", "guess guess guess")]); #expect(reply.status == .unauthorized) }
      }
      let limited = try await browser.post("/login", [("name", "dana"), ("password", "correct horse battery")])
      #expect(limited.status == .tooManyRequests)
      #expect(limited.headers[.retryAfter] != nil)
    }
  }

  @Test func aRemovedUserIsSignedOut() async throws {
    let fixture = try ServerFixture(host: "0.0.0.0", withArticle: false)
    defer { fixture.remove() }
    try fixture.users.add("dana", password: "correct horse battery")
    try await fixture.test { browser in
      try await browser.get("/login")
      try await browser.post("/login", [("name", "dana"), ("password", "correct horse battery")])
      do { let reply = try await browser.get("/"); #expect(reply.status == .ok) }
      try fixture.users.remove("dana")
      do { let reply = try await browser.get("/"); #expect(reply.status == .seeOther) }
    }
  }
}
