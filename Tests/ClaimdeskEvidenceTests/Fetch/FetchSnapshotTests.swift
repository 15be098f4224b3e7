import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence
@testable import ClaimdeskSupport

@Suite struct FetchSnapshotTests {
  @Test func unchangedRefetchWritesARevisitRecord() async throws {
    let (first, directory) = try await FetchTestSupport.fetch("/page?t=revisit")
    let capture = try #require(first.capture)
    #expect(capture.payloadDigest == "sha256:" + (first.rawSHA256 ?? ""))
    let (second, _) = try await FetchTestSupport.fetch("/page?t=revisit", previous: capture)
    #expect(second.outcome == .unchanged)
    #expect(second.revisitOf == capture)
    #expect(second.capture == capture)  // a later re-fetch still points at the first body
    let warc = try FetchTestSupport.warcText(second)
    #expect(warc.contains("WARC-Type: revisit\r\n"))
    #expect(warc.contains("WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"))
    #expect(warc.contains("WARC-Refers-To: \(capture.recordID)\r\n"))
    #expect(warc.contains("WARC-Refers-To-Target-URI: \(capture.targetURI)\r\n"))
    #expect(warc.contains("WARC-Refers-To-Date: \(capture.date)\r\n"))
    #expect(!warc.contains(FetchTestRoutes.page))  // the body is not stored twice
    _ = directory
  }

  @Test func changedRefetchStoresTheNewBody() async throws {
    let (first, _) = try await FetchTestSupport.fetch("/page?t=changed")
    let (second, _) = try await FetchTestSupport.fetch("/chunked", previous: try #require(first.capture))
    #expect(second.outcome == .fetched)
    #expect(second.revisitOf == nil)
    #expect(try FetchTestSupport.warcText(second).contains("WARC-Type: response\r\n"))
  }

  @Test func captureIndexFindsTheLatestCapturePerRequestedURL() async throws {
    let server = try #require(TestHTTPServer.shared)
    let directory = try TestData.temporaryDirectory("claimdesk-fetch")
    let engine = try FetchEngine(options: FetchTestSupport.options(directory))
    let first = await engine.fetch([FetchRequest(url: server.url("/chain/1"))])
    let index = WARCCaptureIndex.latest(in: directory.path)
    let entry = try #require(index[server.url("/chain/1")])
    #expect(entry.capture == first[0].capture)
    #expect(entry.file == first[0].warcPath)
    let again = await engine.fetch([FetchRequest(url: server.url("/chain/1"), previous: entry.capture)])
    #expect(again[0].outcome == .unchanged)
    #expect(WARCCaptureIndex.latest(in: directory.path)[server.url("/chain/1")]?.capture == entry.capture)
  }

  @Test func rfc3339Times() {
    #expect(UTCTime.rfc3339(0) == "1970-01-01T00:00:00.000Z")
    #expect(UTCTime.rfc3339(1_700_000_000_123) == "2023-11-14T22:13:20.123Z")
    #expect(UTCTime.compact(1_700_000_000_123) == "20231114T221320123Z")
  }

  @Test func responseHeadParsing() {
    let head = HTTPResponseHead(bytes: Array("HTTP/1.1 429 Too Many\r\nContent-Type: text/html ; Charset=\"Shift_JIS\"\r\nRetry-After: 7\r\ntransfer-encoding: chunked\r\n\r\n".utf8))
    #expect(head.status == 429)
    #expect(head.mediaType == "text/html")
    #expect(head.charset == "shift_jis")
    #expect(head.retryAfter(nowMilliseconds: 0) == 7000)
    #expect(String(decoding: head.bytesForArchive, as: UTF8.self).contains("\r\nX-Archive-Orig-transfer-encoding: chunked\r\n"))
    let dated = HTTPResponseHead(bytes: Array("HTTP/1.1 503 x\r\nRetry-After: Thu, 01 Jan 1970 00:01:40 GMT\r\n\r\n".utf8))
    #expect(dated.retryAfter(nowMilliseconds: 40_000) == 60_000)
  }
}
