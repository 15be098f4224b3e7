import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import ClaimdeskEvidence
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

@Suite struct FetchSourcesTests {
  @Test func theFetchFormWithoutScriptWaitsAndShowsWhatEachURLGaveUnderFetchsAddressRules() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    // Loopback: refused from the web (no --allow-private), recorded as a failed fetch like `fetch`'s.
    _ = try fixture.workbench.addSources(claim.id, ["http://127.0.0.1:9/report"])
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.body.contains("action=\"/claims/\(shortID)/fetch\""))
      let reply = try await browser.post("/claims/\(shortID)/fetch", [])
      #expect(reply.status == .seeOther)
      let location = try #require(reply.headers[.location])
      #expect(location.hasPrefix("/claims/\(shortID)?fetch="))
      let after = try await browser.get(location)
      #expect(after.body.contains("Fetched 1 of 1 source"))
      #expect(after.body.contains("failed (blocked-address) http://127.0.0.1:9/report"))
    }
    let source = try #require(try fixture.workbench.claim(claim.id).claim.sources.first { $0.reference == "http://127.0.0.1:9/report" })
    #expect(source.fetches.count == 1)
    #expect(source.fetches.first?.fetch.failure?.category == "blocked-address")
    #expect(try fixture.workbench.claim(claim.id).claim.history.last?.actor == "local-reviewer")
    _ = try fixture.workbench.ledger.verify()
  }

  @Test func withScriptTheRunStartsAtOnceAndItsProgressIsPolledByItsSessionOnly() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    _ = try fixture.workbench.addSources(claim.id, ["http://127.0.0.1:9/a", "http://10.0.0.1/b"])
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let reply = try await browser.post("/claims/\(shortID)/fetch", [("mode", "async")])
      #expect(reply.status == .accepted)
      #expect(reply.headers[.contentType] == "application/json")
      let job = try #require(Browser.firstMatch(#""job":"([0-9a-f]{64})""#, in: reply.body))
      var status = ""
      for _ in 0..<100 {
        status = try await browser.get("/fetches/\(job)").body
        if status.contains("\"finished\":true") { break }
        try await Task.sleep(for: .milliseconds(50))
      }
      #expect(status.contains("\"finished\":true"))
      #expect(status.contains("\"done\":2"))
      #expect(status.contains("\"total\":2"))
      let stranger = Browser(client: browser.client)
      let other = try await stranger.get("/fetches/\(job)")
      #expect(other.status == .notFound)
      let page = try await browser.get("/claims/\(shortID)?fetch=\(job)")
      #expect(page.body.contains("Fetched 2 of 2 sources"))
      // Nothing left to fetch once both are recorded? Failed fetches are tried again, as `fetch` does.
    }
    #expect(try fixture.workbench.claim(claim.id).claim.sources.allSatisfy { $0.fetches.count == 1 })
  }

  @Test func aFetchPostWithoutTheTokenGets403AndWritesNothing() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    _ = try fixture.workbench.addSources(claim.id, ["http://127.0.0.1:9/report"])
    let before = fixture.ledgerBytes
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let reply = try await browser.post("/claims/\(shortID)/fetch", [], csrf: .some(nil))
      #expect(reply.status == .forbidden)
      let async = try await browser.post("/claims/\(shortID)/fetch", [("mode", "async")], csrf: String(repeating: "0", count: 64))
      #expect(async.status == .forbidden)
    }
    #expect(fixture.ledgerBytes == before)
  }

  @Test func aClaimWithNothingToFetchSaysSo() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    _ = try fixture.workbench.addSources(claim.id, ["Statistics office, table 4 (2024)"])
    let before = fixture.ledgerBytes
    try await fixture.test { browser in
      try await browser.get("/claims/\(shortID)")
      let reply = try await browser.post("/claims/\(shortID)/fetch", [])
      #expect(reply.headers[.location] == "/claims/\(shortID)?done=nothing-to-fetch")
      let page = try await browser.get("/claims/\(shortID)?done=nothing-to-fetch")
      #expect(page.body.contains("Nothing to fetch"))
    }
    #expect(fixture.ledgerBytes == before)
  }

  @Test func theCapturedPagesTextIsReadFromItsSnapshotEscapedWithThePassagesMarked() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    // A source page served on loopback, fetched the way `fetch --allow-private` would.
    let origin = Router()
    let html = """
      <!doctype html><html><head><title>Report</title><script>var secret = "do-not-show-this";</script></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Annual report</h1>
      <p>The weather was <b>mild</b> all year and the ferries ran on time, the report says.</p>
      <p>\(claim.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</p>
      <p>Hostile words: &lt;script&gt;alert(1)&lt;/script&gt; and <a href="javascript:alert(2)">a link</a>.</p>
      </article></body></html>
      """
    origin.get("/report") { _, _ in
      Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
    try await Application(router: origin, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(.live) { client in
      let url = "http://127.0.0.1:\(try #require(client.port))/report"
      _ = try fixture.workbench.addSources(claim.id, [url])
      var options = FetchOptions(snapshotDirectory: fixture.workbench.workspace.sourcesDirectory)
      options.addressPolicy = .publicAndLoopback
      let results = try await fixture.workbench.fetch(
        try fixture.workbench.fetchTargets(claims: [claim.id], suggested: false, refetch: false), options: options)
      #expect(results.first?.httpStatus == 200)
    }
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.status == .ok)
      #expect(page.body.contains("The captured page&#39;s text") || page.body.contains("The captured page's text"))
      #expect(page.body.contains("<mark class=\"bears\">"))
      #expect(page.body.contains("ferries ran on time"))
      #expect(!page.body.contains("do-not-show-this"))
      #expect(!page.body.contains("<b>mild</b>"))
      #expect(!page.body.contains("<script>alert(1)"))
      #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(!page.body.lowercased().contains("href=\"javascript:"))
    }
  }

  @Test func aSnapshotOutsideTheSourcesFolderIsNeverRead() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, _) = try fixture.topClaim()
    var source = try #require(try fixture.workbench.addSources(claim.id, ["https://example.org/x"]).sources.last)
    let record = FetchRecord(
      requestedURL: "https://example.org/x", finalURL: "https://example.org/x", hops: [], startedAt: "2026-12-06T00:00:00.000Z",
      endedAt: "2026-12-06T00:00:01.000Z", outcome: "fetched", httpStatus: 200, contentType: "text/plain", charset: nil,
      charsetSource: nil, headerCharset: nil, contentEncoding: nil, rawBytes: 10, decodedBytes: 10, truncated: false,
      rawSHA256: nil, decodedSHA256: nil, remoteIP: nil, warcFile: "../../../../etc/passwd", warcRecordID: nil, attempts: 1,
      failure: nil, revisitOf: nil)
    let payload = SourceFetchedPayload(url: "https://example.org/x", fetch: record, passages: [])
    source.fetches = [SourceFetch(at: "2026-12-06T00:00:01.000Z", payload: payload, record: .object(payload.json))]
    #expect(fixture.workbench.capturedPage(source) == nil)
  }
}
