import Crypto
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence
@testable import ClaimdeskSupport
import ClaimdeskText

@Suite struct FetchPageTests {
  @Test func normalPageIsFetchedRecordedAndStored() async throws {
    let (r, directory) = try await FetchTestSupport.fetch("/page?t=normal")
    let page = Array(FetchTestRoutes.page.utf8)
    #expect(r.outcome == .fetched)
    #expect(r.failure == nil)
    #expect(r.httpStatus == 200)
    #expect(r.contentType == "text/html")
    #expect(r.headerCharset == "utf-8")
    #expect(r.charset == "utf-8" && r.charsetSource == .header)
    #expect(r.rawBytes == page.count && r.decodedBytes == page.count)
    #expect(r.decodedBody == page)
    #expect(r.rawSHA256 == WARCFileWriter.hex(SHA256.hash(data: page)))
    #expect(r.decodedSHA256 == r.rawSHA256)
    #expect(r.remoteIP == "127.0.0.1")
    #expect(r.hops.count == 1 && r.attempts == 1 && !r.truncated)
    #expect(r.startedAt <= r.endedAt)
    let path = try #require(r.warcPath)
    #expect(path.hasPrefix(directory.path + "/") && path.hasSuffix(".warc"))
    let warc = try FetchTestSupport.warcText(r)
    #expect(warc.hasPrefix("WARC/1.1\r\nWARC-Type: warcinfo\r\n"))
    #expect(warc.contains("WARC-Record-ID: \(try #require(r.warcRecordID))"))
    #expect(warc.contains("WARC-Payload-Digest: sha256:\(try #require(r.rawSHA256))"))
    #expect(warc.contains("User-Agent: claimdesk/\(ClaimdeskVersion.current) (+fact-check fetcher)\r\n"))
    #expect(warc.contains("Accept-Encoding: gzip, deflate\r\n"))
  }

  @Test(arguments: [("/gzip", "gzip"), ("/deflate", "deflate"), ("/gzip-chunked", "gzip")])
  func compressedBodiesAreStoredEncodedAndDecodedByUs(path: String, encoding: String) async throws {
    let (r, _) = try await FetchTestSupport.fetch(path)
    let page = Array(FetchTestRoutes.page.utf8)
    #expect(r.outcome == .fetched)
    #expect(r.contentEncoding == encoding)
    #expect(r.decodedBody == page)
    #expect(r.decodedBytes == page.count)
    #expect(r.rawBytes > 0 && r.rawBytes != page.count)
    #expect(r.rawSHA256 != r.decodedSHA256)
  }

  @Test func chunkedBodyIsStoredDechunkedWithTheFieldRenamed() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/chunked")
    #expect(String(decoding: r.decodedBody, as: UTF8.self) == "<html><body>chunked body</body></html>")
    let warc = try FetchTestSupport.warcText(r)
    #expect(warc.contains("\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\n"))
    #expect(!warc.contains("\r\nTransfer-Encoding:"))
    #expect(warc.contains("\r\n\r\n<html><body>chunked body</body></html>\r\n\r\n"))
  }

  /// The header says ISO-8859-1 over UTF-8 bytes: the header is recorded as sent, and the body
  /// is read as the UTF-8 it is (the page reader's rule), which is what the charset records.
  @Test func wrongHeaderCharsetIsRecordedAndOverruled() async throws {
    let (r, _) = try await FetchTestSupport.fetch("/latin1")
    #expect(r.headerCharset == "iso-8859-1")
    #expect(r.charset == "utf-8" && r.charsetSource == .detected)
    #expect(String(decoding: r.decodedBody, as: UTF8.self) == "<p>Café crème</p>")
  }

  /// What the fetcher records as the charset is what the page reader decodes the same bytes
  /// and header with, for every page on which the fetcher and the reader once disagreed.
  @Test(arguments: FetchTestRoutes.charsetPages.indices)
  func recordedCharsetIsThePageReadersCharset(page: Int) async throws {
    let (r, _) = try await FetchTestSupport.fetch("/charset?n=\(page)")
    let reader = HTMLReader.charset(of: r.decodedBody, headerCharset: r.headerCharset)
    #expect(r.decodedBody == FetchTestRoutes.charsetPages[page].body)
    #expect(r.charset == reader.charset.name)
    #expect(r.charsetSource == reader.source)
    // And the reader, given what the fetch recorded, reads the text the recorded charset gives.
    let text = try HTMLReader.read(r.decodedBody, headerCharset: r.headerCharset, url: nil).text
    let expected = ["Café crème", "Café!€Ÿ", "Café", "Hello, world", "x", "Аб", "\u{201C}a\u{201D}"]
    #expect(text.contains(expected[page]))
  }

  @Test func perHostLimitHoldsWhileOthersWait() async throws {
    let server = try #require(TestHTTPServer.shared)
    let directory = try TestData.temporaryDirectory("claimdesk-fetch")
    var options = FetchTestSupport.options(directory)
    options.concurrency = 8
    options.perHost = 2
    let engine = try FetchEngine(options: options)
    FetchTestRoutes.holding.withLock { $0 = (0, 0) }
    let results = await engine.fetch((0..<6).map { FetchRequest(url: server.url("/hold?i=\($0)")) })
    #expect(results.map(\.outcome) == Array(repeating: .fetched, count: 6))
    #expect(results.map(\.requestedURL) == (0..<6).map { server.url("/hold?i=\($0)") })
    #expect(FetchTestRoutes.holding.withLock { $0.most } == 2)
  }

  @Test func progressReportsEveryFinishedURL() async throws {
    let server = try #require(TestHTTPServer.shared)
    let directory = try TestData.temporaryDirectory("claimdesk-fetch")
    let engine = try FetchEngine(options: FetchTestSupport.options(directory))
    let seen = ProgressLog()
    _ = await engine.fetch([FetchRequest(url: server.url("/page?p=1")), FetchRequest(url: server.url("/page?p=2"))]) {
      seen.add($0)
    }
    let finished = seen.finished
    #expect(finished.count == 2)
    #expect(finished.last?.done == 2 && finished.last?.total == 2)
    #expect(finished.last?.bytes == 2 * FetchTestRoutes.page.utf8.count)
  }
}
