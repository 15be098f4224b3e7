import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing

/// Failed fetches are retried, never taken for captures; URLs with credentials, control characters
/// or whitespace, and citations with control characters, are refused wherever they enter, with a
/// one-line error and nothing written.
@Suite struct FetchSafetyTests {
  static let credentials =
    "it holds user credentials (user:password@ before the host); remove them: Claimdesk never sends or stores credentials"

  static func ledgerBytes(_ root: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: root + "/claims/ledger.jsonl"))
  }

  /// The refusal advises --allow-private; following the advice fetches, and only a capture ends it.
  @Test func aBlockedSourceIsFetchedAgainWithAllowPrivate() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await FetchCommandTests.workspace(server)
    let url = server.url("/blocked-then-allowed")
    let blocked = await CLIHarness.run(["fetch", id, "--url", url], in: root, environment: LedgerCommandTests.env)
    #expect(blocked.status == 69)
    #expect(blocked.stdout.hasPrefix("failed blocked-address \(url): 127.0.0.1 is a loopback address (use --allow-private to allow it)\n"))

    let again = await CLIHarness.run(["fetch", "--allow-private"], in: root, environment: LedgerCommandTests.env)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("fetched 200 \(url) "), "\(again.stdout)")
    #expect(again.stdout.hasSuffix("Recorded 1 source.fetched event\n"))

    let nothing = await CLIHarness.run(["fetch", "--allow-private"], in: root)
    #expect(nothing.stdout.hasPrefix("Nothing to fetch"))
    let list = await CLIHarness.run(["source", "list", id], in: root)
    #expect(list.stdout.contains(" HTTP 200 "), "\(list.stdout)")
  }

  /// A body cut by the size cap is no capture: the next `fetch-url` fetches it again instead of
  /// saying "already captured"; a complete capture is then skipped as before.
  @Test func aTruncatedCaptureIsFetchedAgainByFetchURL() async throws {
    let server = try #require(FixedPageServer.shared)
    let directory = try TestData.temporaryDirectory()
    let url = server.url("/cut-by-cap")
    let first = await CLIHarness.run(["fetch-url", "--allow-private", "--max-bytes", "10", url, "--out", "w"], in: directory.path)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("fetched 200 \(url) 10 bytes (truncated) "))
    let second = await CLIHarness.run(["fetch-url", "--allow-private", url, "--out", "w"], in: directory.path)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.hasPrefix("fetched 200 \(url) \(FixedPageServer.page.utf8.count) bytes "), "\(second.stdout)")
    let third = await CLIHarness.run(["fetch-url", "--allow-private", url, "--out", "w"], in: directory.path)
    #expect(third.stdout.hasPrefix("skipped \(url): already captured in "))
  }

  /// A truncated source is fetched again by `claimdesk fetch` too.
  @Test func aTruncatedSourceIsFetchedAgain() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await FetchCommandTests.workspace(server)
    let url = server.url("/truncated-source")
    let cut = await CLIHarness.run(["fetch", id, "--url", url, "--allow-private", "--max-bytes", "10"], in: root, environment: LedgerCommandTests.env)
    #expect(cut.status == 0, "\(cut.stderr)")
    #expect(cut.stdout.contains("(truncated)"))
    let again = await CLIHarness.run(["fetch", "--allow-private"], in: root, environment: LedgerCommandTests.env)
    #expect(again.stdout.hasPrefix("fetched 200 \(url) \(FixedPageServer.page.utf8.count) bytes "), "\(again.stdout)")
  }

  @Test func credentialsInASourceAreRefusedEverywhereAndNeverStored() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await FetchCommandTests.workspace(server)
    let secret = "http://user:hunter2@127.0.0.1:\(server.port)/x"
    let shown = "http://***@127.0.0.1:\(server.port)/x"
    let before = try Self.ledgerBytes(root)
    for arguments in [
      ["source", "add", id, secret], ["mark", id, "verified", "--source", secret], ["fetch", id, "--url", secret, "--allow-private"],
      ["add", "Rents rose 12% last year.", "--source", secret],
    ] {
      let result = await CLIHarness.run(arguments, in: root, environment: LedgerCommandTests.env)
      #expect(result.status == 65, "\(arguments)")
      #expect(result.stderr == "claimdesk: error: '\(shown)' is not a usable source: \(Self.credentials)\n", "\(arguments)")
      #expect(!result.stderr.contains("hunter2"))
    }
    #expect(try Self.ledgerBytes(root) == before)
    #expect(!FileManager.default.fileExists(atPath: root + "/claims/sources"))
  }

  @Test func credentialsInAURLToFetchAreRefusedBeforeAnythingIsWritten() async throws {
    let server = try #require(FixedPageServer.shared)
    let secret = "http://user:hunter2@127.0.0.1:\(server.port)/page"
    let message = "claimdesk: error: 'http://***@127.0.0.1:\(server.port)/page' cannot be fetched: \(Self.credentials)\n"
    let directory = try TestData.temporaryDirectory()
    let fetched = await CLIHarness.run(["fetch-url", "--allow-private", secret], in: directory.path)
    #expect(fetched.status == 65)
    #expect(fetched.stderr == message)
    #expect(fetched.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("snapshots").path))

    let checked = await CLIHarness.run(["check", secret, "--allow-private"], in: directory.path)
    #expect(checked.status == 65)
    #expect(checked.stderr == message)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("claims").path))

    let root = try await LedgerCommandTests.workspace()
    let before = try Self.ledgerBytes(root)
    let extracted = await CLIHarness.run(["extract", secret, "--allow-private"], in: root)
    #expect(extracted.status == 65)
    #expect(extracted.stderr == message)
    #expect(try Self.ledgerBytes(root) == before)
    #expect(!FileManager.default.fileExists(atPath: root + "/claims/sources"))
  }

  @Test(arguments: [
    ("https://example.org/a\r\nX-Injected: 1", "'https://example.org/a\\u{D}\\u{A}X-Injected: 1' is not a usable source: it contains a control character (U+000D); a URL cannot contain control characters or whitespace (encode a space as %20)"),
    ("https://example.org/a\tb", "'https://example.org/a\\u{9}b' is not a usable source: it contains a control character (U+0009); a URL cannot contain control characters or whitespace (encode a space as %20)"),
    ("https://example.org/a b", "'https://example.org/a b' is not a usable source: it contains a space (U+0020); a URL cannot contain control characters or whitespace (encode a space as %20)"),
    ("https://example.org/\u{7F}", "'https://example.org/\\u{7F}' is not a usable source: it contains a control character (U+007F); a URL cannot contain control characters or whitespace (encode a space as %20)"),
    ("AP interview\n2015-11-24", "'AP interview\\u{A}2015-11-24' is not a usable source: it contains a control character (U+000A); write the citation on one line without control characters"),
    ("AP\u{1B}[2J interview", "'AP\\u{1B}[2J interview' is not a usable source: it contains a control character (U+001B); write the citation on one line without control characters"),
  ])
  func controlCharactersAreRefusedInSources(source: String, message: String) async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await FetchCommandTests.workspace(server)
    let before = try Self.ledgerBytes(root)
    let result = await CLIHarness.run(["source", "add", id, source], in: root)
    #expect(result.status == 65)
    #expect(result.stderr == "claimdesk: error: \(message)\n")
    #expect(try Self.ledgerBytes(root) == before)
  }

  @Test func aCitationWithSpacesAndAURLWithSurroundingWhitespaceAreKept() async throws {
    let server = try #require(FixedPageServer.shared)
    let (root, id) = try await FetchCommandTests.workspace(server)
    let result = await CLIHarness.run(["source", "add", id, "AP interview, 2015-11-24", "  https://example.org/minutes\n"], in: root)
    #expect(result.status == 0, "\(result.stderr)")
    let list = await CLIHarness.run(["source", "list", id], in: root)
    #expect(list.stdout.contains("AP interview, 2015-11-24"))
    #expect(list.stdout.contains("https://example.org/minutes"))
  }
}
