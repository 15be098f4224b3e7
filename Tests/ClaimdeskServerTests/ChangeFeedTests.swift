import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import ClaimdeskExtraction
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskTestSupport
@testable import ClaimdeskServer

/// `GET /changes`: an append by another workbench (another process, or another machine on the
/// same database) reaches an open feed; feeds are capped and end when their client goes.
@Suite struct ChangeFeedTests {
  /// Quick enough for a test: HEAD read every 100 ms, a comment every 200 ms, a feed of 2 s.
  static let quick = ChangeFeedSettings(
    limit: 2, heartbeat: .milliseconds(200), lifetime: .seconds(2), pollInterval: .milliseconds(100))
  /// The same with feeds that outlast the test (the server's shutdown ends them).
  static let lasting = ChangeFeedSettings(
    limit: 2, heartbeat: .milliseconds(200), lifetime: .seconds(120), pollInterval: .milliseconds(100))

  @Test func anAppendByAnotherWorkbenchReachesTheFeedOnAFileLedger() async throws {
    let fixture = try ServerFixture(changeFeeds: Self.lasting)
    defer { fixture.remove() }
    let before = try fixture.workbench.state().lastSeq
    try await fixture.test { browser in
      let queue = try await browser.get("/")
      #expect(queue.body.contains(#"id="changes" class="changes" role="status" data-since="\#(before)""#))
    }
    let root = fixture.root
    try await fixture.app.application().test(.live) { client in
      let feed = try RawConnection(port: try #require(client.port))
      defer { feed.close() }
      let opened = await feed.read(until: "data: \(before)\n\n")
      #expect(opened.contains("text/event-stream"))
      #expect(opened.contains("retry: 5000\n\n"))
      let other = Workbench(workspace: Workspace(root: root), actor: "second-reviewer")
      _ = try other.addClaim(text: "The harbor tunnel carried 40,000 cars a day in 2023.", speaker: "Mayor", sources: [])
      #expect(await feed.read(until: "data: \(before + 1)\n\n").contains("data: \(before + 1)\n\n"))
      #expect(await feed.read(until: ": alive\n\n").contains(": alive\n\n"))
    }
  }

  @Test(.requires(.postgres)) func anAppendFromAnotherWorkspaceOnTheSameDatabaseReachesTheFeed() async throws {
    let desks = try DatabaseDesks(first: "first-reviewer", second: "second-reviewer")
    defer { desks.remove() }
    let served = desks.first
    _ = try served.addClaim(text: "Bus ridership rose 12% last year.", speaker: "Mayor", sources: [])
    var settings = ServerSettings(port: 0, localActor: "first-reviewer")
    settings.changeFeeds = Self.lasting
    let app = try WebApp(
      settings: settings, workbench: served, scorer: CheckWorthinessModel.shipped,
      users: UserStore(workspace: served.workspace, cost: 4), generator: "claimdesk test")
    try await app.application().test(.live) { client in
      let feed = try RawConnection(port: try #require(client.port))
      defer { feed.close() }
      // The head the LISTEN connection reads once it listens.
      #expect(await feed.read(until: "data: 1\n\n").contains("data: 1\n\n"))
      _ = try desks.second.addClaim(text: "The ferry fare doubled in 2022.", speaker: "Mayor", sources: [])
      #expect(await feed.read(until: "data: 2\n\n").contains("data: 2\n\n"))
    }
  }

  @Test func feedsBeyondTheLimitAreRefusedAndAFeedEndsWhenItsClientGoes() async throws {
    let fixture = try ServerFixture(changeFeeds: Self.lasting)
    defer { fixture.remove() }
    try await fixture.app.application().test(.live) { client in
      let port = try #require(client.port)
      let first = try RawConnection(port: port)
      let second = try RawConnection(port: port)
      #expect(await first.read(until: "data: ").contains("text/event-stream"))
      _ = await second.read(until: "data: ")
      #expect(fixture.app.changeFeeds.count == 2)
      let refused = try await client.executeRequest(uri: "/changes", method: .get, headers: [:], body: nil)
      #expect(refused.status == .serviceUnavailable)
      #expect(refused.headers[.retryAfter] == "60")
      first.close()
      second.close()
      // The next heartbeat's write fails and the feed ends, freeing its place.
      for _ in 0..<50 where fixture.app.changeFeeds.count > 0 { try await Task.sleep(for: .milliseconds(100)) }
      #expect(fixture.app.changeFeeds.count == 0)
      let again = try RawConnection(port: port)
      defer { again.close() }
      #expect(await again.read(until: "data: ").contains("200 OK"))
    }
  }

  @Test func aFeedEndsAfterItsLifetime() async throws {
    let fixture = try ServerFixture(changeFeeds: Self.quick)
    defer { fixture.remove() }
    let head = try fixture.workbench.state().lastSeq
    try await fixture.test { browser in
      let feed = try await browser.get("/changes")
      #expect(feed.status == .ok)
      #expect(feed.headers[.contentType] == "text/event-stream; charset=utf-8")
      #expect(feed.headers[.cacheControl] == "no-store")
      #expect(feed.body.hasPrefix("retry: 5000\n\n"))
      #expect(feed.body.contains("data: \(head)\n\n"))
    }
    #expect(fixture.app.changeFeeds.count == 0)
  }
}
