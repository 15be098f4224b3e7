import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport

@Suite struct FetchCommandTests {
  /// A claim with an attached URL and a suggested link, both served by the local test server.
  static func workspace(_ server: FixedPageServer) async throws -> (root: String, id: String) {
    let root = try await LedgerCommandTests.workspace()
    let article = "The council approved [42 homes](\(server.url("/suggested"))) on Tuesday, the mayor said.\n"
    try article.write(toFile: root + "/a.md", atomically: true, encoding: .utf8)
    let extract = await CLIHarness.run(["extract", "a.md", "--json"], in: root, environment: LedgerCommandTests.env)
    let claims = try #require(try JSONParser.parse(extract.stdout).arrayValue)
    let id = try #require(claims.first?["short_id"]?.stringValue)
    return (root, id)
  }

  @Test func fetchRecordsEventsAndSnapshotsThenNothingIsLeft() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await Self.workspace(server)
    let attached = server.url("/attached")
    let first = await CLIHarness.run(["fetch", id, "--url", attached, "--allow-private"], in: root, environment: LedgerCommandTests.env)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("fetched 200 \(attached) "))
    #expect(first.stdout.hasSuffix("Recorded 1 source.fetched event\n"))
    let warcs = try FileManager.default.contentsOfDirectory(atPath: root + "/claims/sources")
    #expect(warcs.count == 1 && (warcs[0].hasSuffix(".warc.gz") || warcs[0].hasSuffix(".warc")))

    let nothing = await CLIHarness.run(["fetch", "--allow-private"], in: root)
    #expect(nothing.stdout.hasPrefix("Nothing to fetch"))

    // The suggested link is fetched on request but stays a suggestion: no verdict rests on it.
    let suggested = await CLIHarness.run(["fetch", id, "--suggested", "--allow-private"], in: root, environment: LedgerCommandTests.env)
    #expect(suggested.status == 0, "\(suggested.stderr)")
    let show = try JSONParser.parse(await CLIHarness.run(["show", id, "--json"], in: root).stdout)
    let sources = try #require(show["sources"]?.arrayValue)
    #expect(sources.map { $0["adopted"] } == [.bool(true), .bool(false)])
    #expect(sources.allSatisfy { $0["fetches"]?.arrayValue?.first?["http_status"] == 200 })
    let verify = await CLIHarness.run(["ledger", "verify"], in: root)
    #expect(verify.status == 0, "\(verify.stderr)")
  }

  @Test func loopbackIsRefusedAndTheFailureIsRecorded() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await Self.workspace(server)
    let result = await CLIHarness.run(["fetch", id, "--url", server.url("/x")], in: root)
    #expect(result.status == 69)
    #expect(result.stdout.contains("failed blocked-address"))
    let list = await CLIHarness.run(["source", "list", id], in: root)
    #expect(list.stdout.contains(" failed (blocked-address) "))
  }

  @Test(arguments: [
    (["fetch", "--url", "https://example.org/"], "claimdesk: error: --url attaches URLs to claims: name the claims (ids) too."),
    (["fetch", "--suggested"], "claimdesk: error: --suggested with no ids fetches every claim's links: add --all to confirm."),
    (["fetch", "--all", "abcdef"], "claimdesk: error: --all and claim ids cannot be used together."),
    (["fetch", "-j", "0"], "claimdesk: error: -j and --per-host must be at least 1"),
  ])
  func usageErrors(arguments: [String], message: String) async throws {
    let root = try await LedgerCommandTests.workspace()
    let result = await CLIHarness.run(arguments, in: root)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr)")
  }
}

@Suite struct ExtractFromURLTests {
  @Test func aPageIsFetchedKeptAndRead() async throws {
    let server = try #require(FixedPageServer.shared)
    let root = try await LedgerCommandTests.workspace()
    let url = server.url("/article")
    let result = await CLIHarness.run(["extract", url, "--allow-private", "--json"], in: root, environment: LedgerCommandTests.env)
    #expect(result.status == 0, "\(result.stderr)")
    let claims = try #require(try JSONParser.parse(result.stdout).arrayValue)
    #expect(claims.first?["text"]?.stringValue == "The council approved 42 homes")
    let warcs = try FileManager.default.contentsOfDirectory(atPath: root + "/claims/sources")
    #expect(warcs.count == 1)
    let ledger = try String(contentsOfFile: root + "/claims/ledger.jsonl", encoding: .utf8)
    let added = try JSONParser.parse(try #require(ledger.split(separator: "\n").first.map(String.init)))
    #expect(added["data"]?["url"]?.stringValue == url)
    #expect(added["data"]?["fetch"]?["warc_file"]?.stringValue == "claims/sources/" + warcs[0])
  }

  @Test func aDryRunKeepsNothing() async throws {
    let server = try #require(FixedPageServer.shared)
    let root = try TestData.temporaryDirectory("dry-url").path
    let result = await CLIHarness.run(["extract", "--dry-run", server.url("/article"), "--allow-private"], in: root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("The council approved 42 homes"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
  }

  @Test func aBlockedPageIsAClearError() async throws {
    let server = try #require(FixedPageServer.shared)
    let result = await CLIHarness.run(["extract", "--dry-run", server.url("/article")])
    #expect(result.status == 69)
    #expect(result.stderr.hasPrefix("claimdesk: error: cannot fetch \(server.url("/article")) (blocked-address: "), "\(result.stderr)")
  }
}
