import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence

/// Runs the engine against the test server with test-sized limits.
enum FetchTestSupport {
  static func options(_ directory: URL, policy: AddressPolicy = .publicAndLoopback) -> FetchOptions {
    var options = FetchOptions(snapshotDirectory: directory.path)
    options.addressPolicy = policy
    options.retryBaseDelay = 50
    options.connectTimeout = 2000
    options.totalTimeout = 5000
    return options
  }

  /// Fetches one path (or absolute URL) of the shared server into a fresh folder.
  static func fetch(
    _ pathOrURL: String, policy: AddressPolicy = .publicAndLoopback, previous: PreviousCapture? = nil,
    configure: (inout FetchOptions) -> Void = { _ in }
  ) async throws -> (result: FetchResult, directory: URL) {
    let server = try #require(TestHTTPServer.shared, "the test HTTP server did not start")
    let directory = try TestData.temporaryDirectory("claimdesk-fetch")
    var options = options(directory, policy: policy)
    configure(&options)
    let engine = try FetchEngine(options: options)
    let url = pathOrURL.hasPrefix("/") ? server.url(pathOrURL) : pathOrURL
    let results = await engine.fetch([FetchRequest(url: url, previous: previous)])
    return (try #require(results.first), directory)
  }

  /// The WARC file's text (bodies in tests are ASCII or UTF-8, or skipped by the caller).
  static func warcText(_ result: FetchResult) throws -> String {
    let path = try #require(result.warcPath)
    return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
