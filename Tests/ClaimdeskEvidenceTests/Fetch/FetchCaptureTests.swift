import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence
@testable import ClaimdeskSupport

/// What counts as a capture (`CaptureRule`), in the engine's results and in the WARC folder that
/// `fetch-url` reads back; the refusal messages of the address check; URLs with credentials.
@Suite struct FetchCaptureTests {
  /// An engine on the test server that fails at once (no retries), into a fresh folder.
  static func engineWithoutRetries() throws -> (server: TestHTTPServer, engine: FetchEngine, directory: URL) {
    let server = try #require(TestHTTPServer.shared)
    let directory = try TestData.temporaryDirectory("claimdesk-capture")
    var options = FetchTestSupport.options(directory)
    options.maxRetries = 0
    return (server, try FetchEngine(options: options), directory)
  }

  /// Every kind of failure leaves no capture in the folder (so `fetch-url` fetches it again), a
  /// 404 page is a capture of what the server said, and the index's capture is the latest good one.
  @Test func onlyCapturesAreIndexed() async throws {
    let (server, engine, directory) = try Self.engineWithoutRetries()
    let failing = ["/bomb?c", "/always-500?c", "/to-private?c", "/loop/a", "/cut?c", "/busy-long?c", "/to-file?c"]
    let captured = ["/page?c", "/missing?c"]
    let results = await engine.fetch((failing + captured).map { FetchRequest(url: server.url($0)) })
    for (path, result) in zip(failing + captured, results) {
      #expect(result.isCapture == captured.contains(path), "\(path): \(result.outcome) \(String(describing: result.failure))")
    }
    let index = WARCCaptureIndex.latest(in: directory.path)
    #expect(Set(index.keys) == Set(captured.map(server.url)))
    // The failed fetches that reached a server are kept, with a metadata record saying why.
    let bomb = try FetchTestSupport.warcText(results[0])
    #expect(bomb.contains("WARC-Type: metadata\r\n"))
    #expect(bomb.contains("fetch-outcome: failed\r\nfetch-error: too-large\r\n"))
    #expect(!(try FetchTestSupport.warcText(results[7])).contains("WARC-Type: metadata\r\n"))
  }

  /// A body cut by the size cap is recorded as fetched (truncated) but is no capture.
  @Test func aTruncatedBodyIsNoCapture() async throws {
    let (result, directory) = try await FetchTestSupport.fetch("/big?c") { $0.maxBytes = 1000 }
    #expect(result.outcome == .fetched && result.truncated)
    #expect(!result.isCapture)
    #expect(WARCCaptureIndex.latest(in: directory.path).isEmpty)
  }

  /// A failed re-fetch after a capture: the revisit of a later fetch still cites the good capture.
  @Test func aFailureDoesNotHideTheEarlierCapture() async throws {
    let (server, engine, directory) = try Self.engineWithoutRetries()
    let good = await engine.fetch([FetchRequest(url: server.url("/flaky?later"))])  // 500, no retry
    #expect(!good[0].isCapture)
    #expect(WARCCaptureIndex.latest(in: directory.path).isEmpty)
    let second = await engine.fetch([FetchRequest(url: server.url("/flaky?later"))])  // 200
    #expect(second[0].isCapture)
    #expect(WARCCaptureIndex.latest(in: directory.path)[server.url("/flaky?later")]?.capture == second[0].capture)
  }

  @Test(arguments: [
    ("fetched", nil, 200, false, true), ("unchanged", nil, 200, false, true), ("fetched", nil, 200, true, false),
    ("failed", "http-4xx", 404, false, true), ("failed", "http-4xx", 410, false, true), ("failed", "http-4xx", 429, false, false),
    ("failed", "http-4xx", 408, false, false), ("failed", "http-4xx", 404, true, false), ("failed", "http-5xx", 503, false, false),
    ("failed", "timeout", 0, false, false), ("failed", "blocked-address", 0, false, false), ("failed", "too-large", 200, false, false),
    ("failed", "redirect-loop", 302, false, false),
  ] as [(String, String?, Int, Bool, Bool)])
  func captureRule(outcome: String, category: String?, status: Int, truncated: Bool, capture: Bool) {
    #expect(CaptureRule.isCapture(outcome: outcome, failureCategory: category, httpStatus: status, truncated: truncated) == capture)
  }

  @Test(arguments: [
    ("0.0.0.0", "0.0.0.0 is an unspecified address"), ("::", ":: is an unspecified address"),
    ("127.0.0.1", "127.0.0.1 is a loopback address"), ("::1", "::1 is a loopback address"),
    ("10.1.2.3", "10.1.2.3 is a private address"), ("100.64.0.1", "100.64.0.1 is a shared (CGNAT) address"),
    ("169.254.169.254", "169.254.169.254 is a link-local address"), ("192.0.0.8", "192.0.0.8 is an IETF protocol assignment address"),
    ("192.0.2.1", "192.0.2.1 is a documentation address"), ("198.18.0.1", "198.18.0.1 is a benchmarking address"),
    ("224.0.0.1", "224.0.0.1 is a multicast address"), ("255.255.255.255", "255.255.255.255 is a broadcast address"),
    ("240.0.0.1", "240.0.0.1 is a reserved address"), ("fc00::1", "fc00::1 is a unique-local address"),
    ("fec0::1", "fec0::1 is a site-local address"), ("100::1", "100::1 is a discard address"),
    ("8.8.8.8", "8.8.8.8 is not a public address"),
  ])
  func refusalMessagesNameTheRange(address: String, message: String) throws {
    #expect(AddressClassifier.refusal(try FetchAddressTests.bytes(address)) == message + " (use --allow-private to allow it)")
  }

  @Test func anUnknownFamilyIsNamed() {
    #expect(AddressClassifier.refusal([]) == "the address is of an unknown family (use --allow-private to allow it)")
  }

  /// 0.0.0.0 reaches this host on Linux: refused, and named as what it is.
  @Test func theUnspecifiedAddressIsRefusedAndNamed() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("http://0.0.0.0:\(server.port)/page?unspecified", policy: .publicOnly)
    #expect(r.failure?.category == .blockedAddress)
    #expect(r.failure?.message == "0.0.0.0 is an unspecified address (use --allow-private to allow it)")
    #expect(server.hitCount("/page?unspecified") == 0)
  }

  @Test(arguments: [
    ("https://user:pw@example.org/", true), ("http://user@example.org/a@b", true), ("http://example.org/a@b", false),
    ("http://example.org/?u=a@b", false), ("http://example.org#@x", false), ("https://example.org/", false),
  ])
  func userInfoIsFound(url: String, found: Bool) {
    #expect(URLCheck.hasUserInfo(url) == found)
    #expect((URLCheck.problem(url) != nil) == found)
  }

  @Test func redactedHidesThePassword() {
    #expect(URLCheck.redacted("https://user:pw@example.org/x") == "https://***@example.org/x")
    #expect(URLCheck.redacted("https://example.org/a@b") == "https://example.org/a@b")
  }

  @Test(arguments: ["http://example.org/a\rb", "http://example.org/a\nb", "http://example.org/\u{0}", "http://example.org/a b", "http://example.org/\u{85}", "http://example.org/\u{A0}"])
  func controlCharactersAndWhitespaceAreRefused(url: String) {
    #expect(URLCheck.problem(url) != nil)
  }

  /// The engine itself never sends credentials, whatever its caller checked.
  @Test func theEngineRefusesCredentials() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, directory) = try await FetchTestSupport.fetch("http://user:pw@127.0.0.1:\(server.port)/page?credentials")
    #expect(r.failure?.category == .badURL)
    #expect(r.failure?.message.contains("pw") == false)
    #expect(server.hitCount("/page?credentials") == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }
}
