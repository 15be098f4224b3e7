import Foundation
import Testing
@testable import ClaimdeskEvidence

@Suite struct FetchLimitTests {
  @Test func slowDripTimesOut() async throws {
    // The page drips for 10 s; a working timeout ends it as `timeout`, not as a 200 (no wall-clock
    // bound here: a loaded CI machine must not make it flaky).
    let (r, _) = try await FetchTestSupport.fetch("/slow") { $0.totalTimeout = 1000 }
    #expect(r.failure?.category == .timeout)
    #expect(r.attempts == 1)  // a timeout is not retried
    #expect(r.truncated)
    #expect(try FetchTestSupport.warcText(r).contains("WARC-Truncated: time\r\n"))
  }

  @Test func bodyOverTheCapIsCutAndMarked() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/big") { $0.maxBytes = 1 << 20 }
    #expect(r.outcome == .fetched)
    #expect(r.truncated)
    #expect(r.rawBytes == 1 << 20)
    #expect(r.decodedBytes == 1 << 20)
    let warc = try FetchTestSupport.warcText(r)
    #expect(warc.contains("WARC-Truncated: length\r\n"))
  }

  @Test func gzipBombStopsEarly() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/bomb")
    #expect(r.outcome == .failed)
    #expect(r.failure?.category == .tooLarge)
    #expect(r.failure?.message.contains("decompression bomb") == true)
    #expect(r.rawBytes == TestCompression.bomb.count)
    #expect(r.decodedBody.isEmpty)
    #expect(r.warcPath != nil)  // what the server sent is still evidence
  }

  @Test func decodedCapAppliesBeforeTheRatio() {
    let body = TestCompression.compress([UInt8](repeating: 7, count: 300_000))
    let result = ContentDecoder.decode(body, encoding: "gzip", truncated: false, maxBytes: 100_000, maxRatio: 100)
    guard case .failure(let failure) = result else { Issue.record("expected a failure"); return }
    #expect(failure.category == .tooLarge)
  }

  @Test func corruptGzipIsADecodeError() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/corrupt-gzip")
    #expect(r.failure?.category == .decodeError)
  }

  @Test func notFoundIsNotRetried() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("/missing?t=404")
    #expect(r.outcome == .failed)
    #expect(r.failure?.category == .http4xx)
    #expect(r.httpStatus == 404)
    #expect(r.attempts == 1)
    #expect(server.hitCount("/missing?t=404") == 1)
    #expect(r.warcPath != nil)
  }

  @Test func serverErrorThenSuccessIsRetried() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("/flaky?t=1")
    #expect(r.outcome == .fetched)
    #expect(r.httpStatus == 200)
    #expect(r.attempts == 2)
    #expect(server.hitCount("/flaky?t=1") == 2)
  }

  @Test func persistentServerErrorGivesUpAfterTheRetries() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/always-500?t=1")
    #expect(r.failure?.category == .http5xx)
    #expect(r.httpStatus == 503)
    #expect(r.attempts == 3)
  }

  @Test func tooManyRequestsWaitsForRetryAfter() async throws {
    let clock = ContinuousClock()
    let start = clock.now
    let (r, _) = try await FetchTestSupport.fetch("/busy?t=1")
    #expect(clock.now - start >= .milliseconds(1000))
    #expect(r.outcome == .fetched)
    #expect(r.attempts == 2)
  }

  @Test func retryAfterBeyondTheLimitFailsAtOnce() async throws {
    // One attempt: it did not sleep for the 3600 s asked.
    let (r, _) = try await FetchTestSupport.fetch("/busy-long?t=1")
    #expect(r.failure?.category == .http4xx)
    #expect(r.failure?.message.contains("Retry-After 3600 s") == true)
    #expect(r.attempts == 1)
  }

  @Test func connectionClosedMidBodyIsRetriedThenKeptAsTruncated() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("/cut?t=1")
    #expect(r.failure?.category == .connectionClosed)
    #expect(r.attempts == 3)
    #expect(server.hitCount("/cut?t=1") == 3)
    #expect(r.truncated && r.rawBytes == 100)
    #expect(try FetchTestSupport.warcText(r).contains("WARC-Truncated: disconnect\r\n"))
  }

  @Test func refusedConnectionIsRetried() async throws {
    // A port nobody listens on: bind one, note it, close it.
    let port = try FetchLimitTests.closedPort()
    let (r, _) = try await FetchTestSupport.fetch("http://127.0.0.1:\(port)/")
    #expect(r.failure?.category == .refused)
    #expect(r.attempts == 3)
    #expect(r.warcPath == nil)
  }

  static func closedPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ok = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    guard ok else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
