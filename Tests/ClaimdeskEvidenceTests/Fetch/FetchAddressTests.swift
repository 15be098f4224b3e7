import Foundation
import Testing
@testable import ClaimdeskEvidence

@Suite struct FetchAddressTests {
  @Test(arguments: [
    ("127.0.0.1", "loopback"), ("127.255.0.9", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
    ("172.31.255.255", "private"), ("192.168.1.1", "private"), ("100.64.0.1", "shared (CGNAT)"),
    ("100.127.255.254", "shared (CGNAT)"), ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"), ("255.255.255.255", "broadcast"), ("240.0.0.1", "reserved"),
    ("::1", "loopback"), ("::", "unspecified"), ("fc00::1", "unique-local"), ("fd12:3456::1", "unique-local"),
    ("fe80::1", "link-local"), ("ff02::1", "multicast"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"), ("64:ff9b::a9fe:a9fe", "link-local"),
  ])
  func nonPublicAddressesAreNamed(address: String, range: String) throws {
    #expect(AddressClassifier.nonPublicRange(try Self.bytes(address)) == range)
  }

  @Test(arguments: ["93.184.215.14", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "2606:2800:21f:cb07::1", "::ffff:8.8.8.8"])
  func publicAddressesPass(address: String) throws {
    let bytes = try Self.bytes(address)
    #expect(AddressClassifier.nonPublicRange(bytes) == nil)
    #expect(AddressClassifier.allows(bytes, policy: .publicOnly))
  }

  @Test func policies() throws {
    let loopback = try Self.bytes("127.0.0.1")
    let privateAddress = try Self.bytes("192.168.0.1")
    #expect(!AddressClassifier.allows(loopback, policy: .publicOnly))
    #expect(AddressClassifier.allows(loopback, policy: .publicAndLoopback))
    #expect(!AddressClassifier.allows(privateAddress, policy: .publicAndLoopback))
    #expect(AddressClassifier.allows(privateAddress, policy: .any))
  }

  /// Every spelling of loopback, and a name resolving there, is refused on the resolved address:
  /// the server never sees a request.
  @Test(arguments: ["127.0.0.1", "127.1", "2130706433", "0x7f.0.0.1", "localhost", "[::ffff:127.0.0.1]"])
  func loopbackSpellingsAreRefusedByDefault(host: String) async throws {
    let server = try #require(TestHTTPServer.shared)
    let path = "/page?blocked=\(host)"
    let (r, _) = try await FetchTestSupport.fetch("http://\(host):\(server.port)\(path)", policy: .publicOnly)
    #expect(r.outcome == .failed)
    #expect(r.failure?.category == .blockedAddress)
    #expect(r.warcPath == nil)
    #expect(server.hitCount(path) == 0)
  }

  @Test(arguments: [
    ("file:///etc/passwd", FetchErrorCategory.badScheme), ("ftp://127.0.0.1/x", .badScheme),
    ("gopher://127.0.0.1/", .badScheme), ("http:///nohost", .badURL), ("not a url", .badURL),
  ])
  func onlyHTTPAndHTTPSAreFetched(url: String, category: FetchErrorCategory) async throws {
    let (r, _) = try await FetchTestSupport.fetch(url)
    #expect(r.failure?.category == category)
    #expect(r.hops.isEmpty)
  }

  @Test(arguments: [
    ("http://Example.COM/a", "example.com:80"), ("https://user:pw@example.com:8443/x", "example.com:8443"),
    ("https://example.com?q", "example.com:443"), ("http://[::1]/", "[::1]:80"), ("http://[::1]:81/", "[::1]:81"),
  ])
  func hostKeys(url: String, key: String) {
    #expect(URLSafety.hostKey(url) == key)
  }

  static func bytes(_ text: String) throws -> [UInt8] {
    var v4 = in_addr()
    if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: v4) { Array($0) } }
    var v6 = in6_addr()
    guard inet_pton(AF_INET6, text, &v6) == 1 else { throw POSIXError(.EINVAL) }
    return withUnsafeBytes(of: v6) { Array($0) }
  }
}

@Suite struct FetchProxyTests {
  /// A configured proxy gets the absolute-form request; the check applies to its address.
  @Test func configuredProxyIsUsed() async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("http://proxied.invalid/page") { $0.proxy = server.url("") }
    #expect(r.httpStatus == 404 && r.remoteIP == "127.0.0.1")
    #expect(server.hitCount("http://proxied.invalid/page") == 1)
    let (blocked, _) = try await FetchTestSupport.fetch("http://proxied.invalid/page?b=1", policy: .publicOnly) { $0.proxy = server.url("") }
    #expect(blocked.failure?.category == .blockedAddress)
  }
}

@Suite struct FetchAllowPrivateTests {
  /// `--allow-private` (policy `.any`) lifts the check for every spelling, names included.
  @Test(arguments: ["localhost", "2130706433", "0x7f.0.0.1"])
  func allowPrivateReachesLoopback(host: String) async throws {
    let server = try #require(TestHTTPServer.shared)
    let (r, _) = try await FetchTestSupport.fetch("http://\(host):\(server.port)/page?allowed=\(host)", policy: .any)
    #expect(r.outcome == .fetched)
    #expect(r.remoteIP == "127.0.0.1" || r.remoteIP == "::1")
  }
}
