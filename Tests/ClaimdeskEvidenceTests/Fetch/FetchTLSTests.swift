import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence

#if canImport(Glibc)
import Glibc
#endif

/// An HTTPS server (`openssl s_server -www`) with a self-signed certificate made at test time.
@Suite struct FetchTLSTests {
  @Test(.requires(.openssl)) func selfSignedCertificateIsRefusedUnlessItsCAIsGiven() async throws {
    let openssl = try TestData.tool(.openssl)
    let directory = try TestData.temporaryDirectory("claimdesk-tls")
    let cert = directory.appendingPathComponent("cert.pem").path
    let key = directory.appendingPathComponent("key.pem").path
    let made = try WarcioCheckTests.run(openssl, [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1",
    ])
    try #require(made.status == 0, "openssl req: \(made.output)")
    let port = try FetchLimitTests.closedPort()
    let server = Process()
    server.executableURL = URL(fileURLWithPath: openssl)
    server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", cert, "-key", key, "-www", "-quiet"]
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    server.currentDirectoryURL = directory
    try server.run()
    defer {
      // SIGKILL: s_server started from the test runner does not always stop on SIGTERM.
      kill(server.processIdentifier, SIGKILL)
      server.waitUntilExit()
    }
    try #require(Self.waitForPort(port), "openssl s_server did not start")

    let url = "https://127.0.0.1:\(port)/"
    let (refused, _) = try await FetchTestSupport.fetch(url)
    #expect(refused.failure?.category == .tls)
    #expect(refused.attempts == 1)

    let (trusted, _) = try await FetchTestSupport.fetch(url) { $0.caFile = cert }
    #expect(trusted.outcome == .fetched, "\(String(describing: trusted.failure))")
    #expect(trusted.httpStatus == 200)
    #expect(String(decoding: trusted.decodedBody, as: UTF8.self).contains("s_server"))
  }

  @Test func unreadableCAFileIsRejectedUpFront() throws {
    var options = FetchOptions(snapshotDirectory: try TestData.temporaryDirectory("claimdesk-tls").path)
    options.caFile = "/nonexistent/ca.pem"
    #expect(throws: FetchError.unreadableCAFile(path: "/nonexistent/ca.pem")) { try FetchEngine(options: options) }
  }

  static var openssl: String? {
    ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Polls for up to 5 s until something accepts connections on the port.
  static func waitForPort(_ port: Int) -> Bool {
    for _ in 0..<100 {
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = UInt16(port).bigEndian
      let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
      }
      close(fd)
      if connected { return true }
      usleep(50_000)
    }
    return false
  }
}
