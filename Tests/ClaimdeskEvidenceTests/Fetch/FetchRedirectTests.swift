import Foundation
import Testing
@testable import ClaimdeskEvidence

@Suite struct FetchRedirectTests {
  @Test func chainIsFollowedOneHopAtATimeAndEachHopStored() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/chain/1")
    let server = try #require(TestHTTPServer.shared)
    #expect(r.outcome == .fetched)
    #expect(r.hops.map(\.status) == [301, 302, 307, 200])
    #expect(r.hops.map(\.url) == ["/chain/1", "/chain/2", "/chain/3", "/page"].map(server.url))
    #expect(r.hops[0].location == server.url("/chain/2"))
    #expect(r.hops.allSatisfy { $0.remoteIP == "127.0.0.1" && $0.warcRecordID != nil })
    #expect(r.finalURL == server.url("/page"))
    #expect(r.warcRecordID == r.hops.last?.warcRecordID)
    let warc = try FetchTestSupport.warcText(r)
    #expect(FetchTestSupport.count("WARC-Type: request\r\n", in: warc) == 4)
    #expect(FetchTestSupport.count("WARC-Type: response\r\n", in: warc) == 4)
    #expect(FetchTestSupport.count("WARC-Concurrent-To: ", in: warc) == 4)
  }

  @Test(arguments: [
    ("/loop/a", FetchErrorCategory.redirectLoop, 2),
    ("/many/1", .tooManyRedirects, 6),
    ("/to-file", .badScheme, 1),
    ("/to-private", .blockedAddress, 2),
    ("/to-metadata", .blockedAddress, 2),
    ("/to-mapped", .blockedAddress, 2),
  ])
  func badRedirectsStopTheChain(path: String, category: FetchErrorCategory, hops: Int) async throws {
    let (r, _) = try await FetchTestSupport.fetch(path)
    #expect(r.outcome == .failed)
    #expect(r.failure?.category == category)
    #expect(r.hops.count == hops)
    #expect(r.warcPath != nil)  // the redirects that did answer are kept
  }

  @Test func blockedRedirectTargetIsNeverConnected() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/to-private")
    #expect(r.hops.last?.status == 0)
    #expect(r.hops.last?.remoteIP == nil)
    #expect(r.failure?.message.contains("10.255.255.1 is a private address") == true)
  }
}
