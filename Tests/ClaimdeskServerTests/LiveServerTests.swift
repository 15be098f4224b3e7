import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
@testable import ClaimdeskServer

/// One test over a real socket: the server on 127.0.0.1 at a free port, as `serve` runs it.
@Suite struct LiveServerTests {
  @Test func servesTheQueueOverHTTPOnLoopback() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.app.application().test(.live) { client in
      let response = try await client.executeRequest(uri: "/", method: .get, headers: [:], body: nil)
      #expect(response.status == .ok)
      #expect(response.headers[.contentSecurityPolicy] != nil)
      #expect(String(buffer: response.body).contains("Claims to check"))
    }
  }
}
