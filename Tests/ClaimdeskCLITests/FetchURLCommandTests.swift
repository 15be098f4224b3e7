import Foundation
import Testing

/// `fetch-url` paths that need no server: refusals happen before any connection.
@Suite struct FetchURLCommandTests {
  @Test func loopbackIsRefusedWithoutAllowPrivate() async throws {
    let directory = try TestData.temporaryDirectory()
    let result = await CLIHarness.run(["fetch-url", "http://127.0.0.1:9/x", "http://0x7f.0.0.1:9/y"], in: directory.path)
    #expect(result.status == 69)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.contains("failed blocked-address http://127.0.0.1:9/x: 127.0.0.1 is a loopback address (use --allow-private to allow it)"))
    #expect(lines.contains("failed blocked-address http://0x7f.0.0.1:9/y: 127.0.0.1 is a loopback address (use --allow-private to allow it)"))
    #expect(lines.last?.hasPrefix("2 URLs: 0 fetched, 0 unchanged, 2 failed (blocked-address 2), 0 skipped; 0 bytes in ") == true)
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("snapshots").path))
  }

  @Test func nonHTTPSchemeIsRefused() async throws {
    let directory = try TestData.temporaryDirectory()
    let result = await CLIHarness.run(["fetch-url", "file:///etc/passwd", "--out", "warcs"], in: directory.path)
    #expect(result.status == 69)
    #expect(result.stdout.hasPrefix("failed bad-scheme file:///etc/passwd: scheme 'file' refused: only http and https are fetched\n1 URL: 0 fetched"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("warcs").path).isEmpty)
  }

  @Test(arguments: [["-j", "0"], ["--per-host", "0"], ["--timeout", "0"], ["--max-bytes", "0"]])
  func badLimitsAreUsageErrors(arguments: [String]) async throws {
    let directory = try TestData.temporaryDirectory()
    let result = await CLIHarness.run(["fetch-url", "http://example.com/"] + arguments, in: directory.path)
    #expect(result.status == 64)
  }

  @Test func missingCAFileIsReported() async throws {
    let directory = try TestData.temporaryDirectory()
    let result = await CLIHarness.run(["fetch-url", "https://example.com/", "--ca-file", "nope.pem"], in: directory.path)
    #expect(result.status == 66)
    #expect(result.stderr == "claimdesk: error: cannot read the CA file \(directory.path)/nope.pem; give a readable PEM bundle\n")
  }
}
