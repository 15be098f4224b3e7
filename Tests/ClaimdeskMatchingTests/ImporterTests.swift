import Foundation
import Testing
@testable import ClaimdeskMatching

@Suite struct ImporterTests {
  func read(_ text: String, _ path: String) throws -> [FactCheckRecord] {
    try FactCheckImporter.records(Data(text.utf8), path: path)
  }

  func message(_ body: () throws -> Void) -> String {
    do {
      try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  static let review = """
    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": "https://example.org/fc/1", "datePublished": "2024-03-01",
     "claimReviewed": "Every U.S. administration since 1967 has opposed settlements.",
     "author": {"@type": "Organization", "name": "Example Checks"},
     "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "John Kerry"}},
     "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "alternateName": "True"}}
    """

  @Test func singleClaimReview() throws {
    let records = try read(Self.review, "one.json")
    #expect(records.count == 1)
    let r = records[0]
    #expect(r.claim.hasPrefix("Every U.S."))
    #expect(r.verdict == "True" && r.url == "https://example.org/fc/1" && r.date == "2024-03-01")
    #expect(r.publisher == "Example Checks" && r.claimant == "John Kerry" && r.line == 1)
  }

  @Test func arrayAndDataFeed() throws {
    let array = try read("[\(Self.review), {\"@type\": \"Organization\", \"name\": \"x\"}, \(Self.review)]", "a.json")
    #expect(array.count == 2)
    let feed = """
      {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": [\(Self.review)]},
        {"@type": "DataFeedItem", "item": {"@type": "ClaimReview", "claimReviewed": "Second claim",
           "publisher": {"name": "Pub"}, "reviewRating": {"ratingValue": 2, "bestRating": 5}}}
      ]}
      """
    let records = try read(feed, "feed.json")
    #expect(records.map(\.claim.count).count == 2)
    #expect(records[1].publisher == "Pub" && records[1].verdict == "2/5" && records[1].line == 8)
  }

  @Test func badJSON() {
    #expect(message { _ = try read("{\"@type\": \"ClaimReview\", ", "bad.json") }.hasPrefix("bad.json: not valid JSON"))
    #expect(message { _ = try read("{\"@type\": \"Organization\"}", "org.json") }.hasPrefix("org.json: no ClaimReview found"))
    let noClaim = "[\(Self.review),\n{\"@type\": \"ClaimReview\", \"url\": \"u\"}]"
    #expect(message { _ = try read(noClaim, "n.json") } == "n.json:7: ClaimReview #2 has no claimReviewed")
  }

  @Test func csvWithQuotingAndAnyColumnOrder() throws {
    let csv = "Publisher,URL,Claim,Verdict,Date,extra\r\n"
      + "Snopes,https://s/1,\"Says \"\"hello, world\"\"\nacross lines\",False,2020-01-02,x\r\n"
      + "PolitiFact,,Plain claim,,,\r\n"
    let records = try read(csv, "f.csv")
    #expect(records.count == 2)
    #expect(records[0].claim == "Says \"hello, world\"\nacross lines")
    #expect(records[0].verdict == "False" && records[0].publisher == "Snopes" && records[0].date == "2020-01-02")
    #expect(records[1].url == nil && records[1].verdict == nil && records[1].line == 4)
  }

  @Test func checkThatLayout() throws {
    let tsv = "vclaim_id\tvclaim\ttitle\nvclaim-sno-1\t\"A \"\"quoted\"\" claim.\"\tIs It True?\nvclaim-sno-2\tPlain 5\" text\tT\n"
    let records = try read(tsv, "verified_claims.tsv")
    #expect(records.map(\.sourceID) == ["vclaim-sno-1", "vclaim-sno-2"])
    #expect(records[0].claim == "A \"quoted\" claim." && records[0].title == "Is It True?")
    #expect(records[1].claim == "Plain 5\" text")
    #expect(records[0].matchDocument(fallbackID: "x").id == "vclaim-sno-1")
  }

  @Test func tableErrorsNameFileAndLine() {
    #expect(message { _ = try read("verdict,url\nTrue,u\n", "t.csv") }
      == "t.csv:1: no claim column in header (found: verdict, url); expected claim, verdict, url, date, publisher")
    #expect(message { _ = try read("claim,verdict\nok,True\nshort\n", "t.csv") } == "t.csv:3: 1 fields, header has 2")
    #expect(message { _ = try read("claim,verdict\nok,True\n\"open,True\n", "t.csv") } == "t.csv:3: unterminated quoted field")
    #expect(message { _ = try read("claim,verdict\n\"a\"b,True\n", "t.csv") }.hasPrefix("t.csv:2: text after a closing quote"))
    #expect(message { _ = try read("claim,verdict\n ,True\n", "t.csv") } == "t.csv:2: empty claim")
    #expect(message { _ = try read("", "e.csv") }.hasPrefix("e.csv: empty file"))
  }
}
