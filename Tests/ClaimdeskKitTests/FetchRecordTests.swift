import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskSupport
import Testing
@testable import ClaimdeskKit

/// The fetcher's result as the ledger records it: the workbench's mapping and the Ledger's one
/// encoder and decoder of `source.fetched`.
@Suite struct FetchRecordTests {
  static func result(failed: Bool) -> FetchResult {
    var r = FetchResult(requestedURL: "http://example.org/a", startedAt: 1_700_000_000_123)
    r.endedAt = 1_700_000_000_456
    r.finalURL = "http://example.org/b"
    if failed {
      r.failure = FetchFailure(.badScheme, "file: is not fetched")
    } else {
      r.outcome = .fetched
      r.httpStatus = 200
      r.contentType = "text/html"
      r.charset = "utf-8"
      r.rawSHA256 = String(repeating: "a", count: 64)
      r.warcPath = "/w/claims/sources/x.warc"
      r.attempts = 1
    }
    return r
  }

  @Test func eventJSONHasStableKeysAndNoDoubles() throws {
    let record = Self.result(failed: false).record(relativeTo: "/w")
    let payload = SourceFetchedPayload(
      url: "http://example.org/a", fetch: record,
      passages: [PassageRecord(text: "It cost 4 million.", score: 0.1234567, matchedTerms: ["cost"], paragraph: 2)])
    let json = JSONValue.object(payload.json)
    #expect(
      Set(payload.json.keys) == [
        "requested_url", "final_url", "hops", "started_at", "ended_at", "outcome", "http_status", "content_type",
        "charset", "charset_source", "header_charset", "content_encoding", "bytes_raw", "bytes_decoded", "truncated",
        "sha256_raw", "sha256_decoded", "remote_ip", "warc_file", "warc_record_id", "attempts", "error", "revisit_of",
        "url", "passages",
      ])
    #expect(json["warc_file"] == "claims/sources/x.warc")
    #expect(json["started_at"] == "2023-11-14T22:13:20.123Z")
    #expect(json["passages"]?.arrayValue?.first?["score"] == 123457)
    #expect(!Self.containsDouble(json))
    // The one decoder reads back what the one encoder wrote.
    let read = try #require(SourceFetchedPayload(json))
    #expect(read.fetch == record)
    #expect(read.passages?.first?.paragraph == 2 && read.passages?.first?.matchedTerms == ["cost"])
    #expect(read.fetch.summary == "HTTP 200")
  }

  @Test func failureCarriesTheCategoryAndNoPassages() throws {
    let payload = SourceFetchedPayload(url: "file:///etc/passwd", fetch: Self.result(failed: true).record(relativeTo: nil), passages: nil)
    let json = JSONValue.object(payload.json)
    #expect(json["error"]?["category"] == "bad-scheme")
    #expect(json["outcome"] == "failed")
    #expect(json["passages"] == nil)
    #expect(SourceFetchedPayload(json)?.fetch.summary == "failed (bad-scheme)")
  }

  static func containsDouble(_ value: JSONValue) -> Bool {
    switch value {
    case .double: return true
    case .array(let items): return items.contains(where: containsDouble)
    case .object(let members): return members.values.contains(where: containsDouble)
    default: return false
    }
  }
}
