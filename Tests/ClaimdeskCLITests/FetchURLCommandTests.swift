import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskCLI
import ClaimdeskKit
@testable import ClaimdeskEvidence

@Suite struct FetchURLCommandTests {
  /// Off a terminal: one line per URL on stdout, nothing on stderr; a second run skips what is
  /// captured, `--refetch` stores an unchanged page as a revisit.
  @Test func fetchSkipRefetch() async throws {
    let server = try #require(FixedPageServer.shared)
    let directory = try TestData.temporaryDirectory()
    let url = server.url("/page")
    let size = FixedPageServer.page.utf8.count
    let first = await CLIHarness.run(["fetch-url", "--allow-private", url, "--out", "w"], in: directory.path)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr == "")
    let lines = first.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("w").path)
    #expect(files.count == 1)
    #expect(lines.first == "fetched 200 \(url) \(size) bytes \(files.first ?? "?")")
    #expect(lines.last?.hasPrefix("1 URL: 1 fetched, 0 unchanged, 0 failed, 0 skipped; \(size) bytes in ") == true)

    let second = await CLIHarness.run(["fetch-url", "--allow-private", url, "--out", "w"], in: directory.path)
    #expect(second.status == 0)
    #expect(second.stdout.hasPrefix("skipped \(url): already captured in \(files.first ?? "?") (use --refetch)\n1 URL: 0 fetched, 0 unchanged, 0 failed, 1 skipped; 0 bytes in "))

    let third = await CLIHarness.run(["fetch-url", "--allow-private", "--refetch", url, "--out", "w"], in: directory.path)
    #expect(third.status == 0)
    #expect(third.stdout.hasPrefix("unchanged 200 \(url) \(size) bytes "))
    #expect(third.stdout.contains("\n1 URL: 0 fetched, 1 unchanged, 0 failed, 0 skipped; "))
  }

  @Test(arguments: [
    (0, 0, 0, 0, "[########################] 0/0  0 B  0 B/s  ETA 0 s"),
    (200, 50, 2 * 1024 * 1024, 1000, "[######..................] 50/200  2.0 MiB  2.0 MiB/s  ETA 4 s"),
    (10, 0, 512, 2000, "[........................] 0/10  512 B  256 B/s  ETA --"),
  ])
  func progressBarShowsDoneBytesRateAndETA(total: Int, done: Int, bytes: Int, elapsed: Int, line: String) {
    let progress = FetchProgress(total: total, done: done, bytes: bytes, elapsedMilliseconds: elapsed, finished: nil)
    #expect(FetchProgressBar.render(progress) == line)
  }

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
