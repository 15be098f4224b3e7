import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports
@testable import ClaimdeskSupport

@Suite struct ExportTests {
  let publisher = ClaimReviewPublisher(name: "Desk Checks", baseURL: "https://checks.example/claims")
  var documents: [String: DocumentState] {
    var d = WorksheetFixtures.document
    d.url = "https://news.example/kerry"
    return [d.id: d]
  }

  @Test func claimJSONHasTheShowFields() throws {
    let object = ClaimJSON.object(WorksheetFixtures.freeze, shortID: "c3d4", includeHistory: true)
    #expect(object.objectValue.map { Set($0.keys) } == [
      "id", "short_id", "text", "sentence", "context", "document", "span", "score", "kinds", "speaker", "hedges", "cues",
      "status", "sources", "suggested_sources", "notes", "history", "last_event", "seen_before",
    ])
    #expect(object["span"] == ["start": 2500, "end": 2550])
    #expect(object["score"] == .double(0.55))
    #expect(object["status"] == "false")
    #expect(object["hedges"] == ["reportedly"])
    let source = try #require(object["sources"]?.arrayValue?.first)
    #expect(source["fetched"] == true)
    #expect(source["passages"]?.arrayValue?.count == 2)
    #expect(source["passages"]?.arrayValue?[1]["contradiction"]?.stringValue?.hasPrefix("the passage reports") == true)
    #expect(object["history"]?.arrayValue?.map { $0["op"] } == ["claim.added", "claim.status"])
    let brief = ClaimJSON.object(WorksheetFixtures.toner, shortID: nil, includeHistory: false)
    #expect(brief["history"] == nil)
    #expect(brief["short_id"] == nil)
    #expect(brief["score"] == .double(0.912345))
  }

  @Test func jsonLinesIsOneParsableObjectPerLine() throws {
    let text = String(decoding: JSONLinesExporter.export(WorksheetFixtures.all, shortIDs: WorksheetFixtures.shortIDs), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines.last == "")
    let objects = try lines.dropLast().map { try JSONParser.parse(String($0)) }
    #expect(objects.map { $0["id"]?.stringValue } == WorksheetFixtures.all.map(\.id))
    #expect(objects[0] == ClaimJSON.object(WorksheetFixtures.all[0], shortID: "b2c3", includeHistory: true))
    // Byte for byte the objects as the JSON writer encodes them.
    let encoded: [UInt8] = WorksheetFixtures.all.flatMap { claim -> [UInt8] in
      JSONWriter.encode(ClaimJSON.object(claim, shortID: WorksheetFixtures.shortIDs[claim.id], includeHistory: true)) + [0x0A]
    }
    #expect(Array(text.utf8) == encoded)
  }

  @Test func seenBeforeIsWrittenAsTheObjectSaysAndRejectedMatchesAreLeftOut() throws {
    var claim = WorksheetFixtures.freeze
    claim.matches = [
      SeenBeforeMatch(target: .claim(WorksheetFixtures.toner.id), tier: "same claim", similarity: 0.91, status: "open"),
      SeenBeforeMatch(
        target: .factCheck("https://factcheck.example/x"), tier: "similar, different figure", similarity: 0.7, verdict: "False",
        publisher: "FC", date: "2020-01-01", title: "T", claimReviewed: "C \"quoted\"", figures: "5% vs 7%"),
      SeenBeforeMatch(target: .factCheck("import:abc:2"), tier: "related", similarity: 0.5),
    ]
    claim.rejectedMatches = ["import:abc:2"]
    let object = ClaimJSON.object(claim, shortID: "c3d4", includeHistory: true)
    let seen = try #require(object["seen_before"]?.arrayValue)
    #expect(seen.count == 2)
    #expect(seen[0] == ["claim": .string(WorksheetFixtures.toner.id), "tier": "same claim", "similarity": .double(0.91), "status": "open"])
    #expect(seen[1]["verdict"] == "False" && seen[1]["figures"] == "5% vs 7%")
    let lines = JSONLinesExporter.export([claim], shortIDs: [claim.id: "c3d4"])
    #expect(lines == JSONWriter.encode(object) + [0x0A])
  }

  @Test func claimReviewForVerdictsOnly() throws {
    var verified = WorksheetFixtures.toner
    verified.status = .verified
    verified.history.append(HistoryEntry(seq: 12, at: "2015-11-27T08:00:00Z", actor: "bob", op: .claimStatus, summary: "verified", hash: "e12"))
    var unverifiable = WorksheetFixtures.knifings
    unverifiable.status = .unverifiable
    let bytes = ClaimReviewExporter.export(
      [verified, unverifiable, WorksheetFixtures.freeze, WorksheetFixtures.knifings], documents: documents, publisher: publisher)
    let reviews = try #require(try JSONParser.parse(bytes).arrayValue)
    #expect(reviews.count == 3)
    let first = reviews[0]
    #expect(first["@context"] == "https://schema.org")
    #expect(first["@type"] == "ClaimReview")
    #expect(first["claimReviewed"] == .string(verified.text))
    #expect(first["url"] == .string("https://checks.example/claims/" + verified.id))
    #expect(first["datePublished"] == "2015-11-27")
    #expect(first["author"] == ["@type": "Organization", "name": "Desk Checks", "url": "https://checks.example/claims"])
    #expect(first["reviewRating"] == ["@type": "Rating", "alternateName": "True", "ratingValue": 5, "bestRating": 5, "worstRating": 1])
    #expect(first["itemReviewed"] == [
      "@type": "Claim", "author": ["@type": "Person", "name": "Mark Toner"], "datePublished": "2015-11-25",
      "appearance": ["@type": "CreativeWork", "url": "https://news.example/kerry", "headline": "Kerry fails to close the gap"],
    ])
    #expect(reviews[1]["reviewRating"] == ["@type": "Rating", "alternateName": "Unverifiable"])
    #expect(reviews[1]["itemReviewed"]?["author"] == nil)
    #expect(reviews[2]["reviewRating"]?["ratingValue"] == 1)
    #expect(reviews[2]["datePublished"] == "2015-11-26")
  }

  @Test(arguments: [
    (ClaimStatus.false, "False", 1), (.misleading, "Misleading", 2), (.verified, "True", 5),
  ])
  func ratingScale(status: ClaimStatus, name: String, value: Int) {
    #expect(ClaimReviewRating.rating(for: status)?.name == name)
    #expect(ClaimReviewRating.rating(for: status)?.value == value)
  }

  @Test func nonVerdictsHaveNoRating() {
    for status in [ClaimStatus.open, .inProgress, .dismissed] { #expect(ClaimReviewRating.rating(for: status) == nil) }
  }

  @Test(arguments: [
    ("Mark Toner", false), ("State Department", true), ("the Jewish Home Party", true), ("Benjamin Netanyahu", false),
  ])
  func speakerType(name: String, organisation: Bool) {
    #expect(ClaimReviewExporter.isOrganisation(name) == organisation)
  }

  @Test func publisherSettingsAreValidated() throws {
    #expect(throws: ExportError.missingSetting("publisher")) { try ClaimReviewPublisher.validated(name: nil, baseURL: "https://x") }
    #expect(throws: ExportError.missingSetting("base-url")) { try ClaimReviewPublisher.validated(name: "X", baseURL: "") }
    #expect(throws: ExportError.invalidBaseURL("ftp://x")) { try ClaimReviewPublisher.validated(name: "X", baseURL: "ftp://x") }
    #expect(ExportError.missingSetting("publisher").description
      == "the ClaimReview export needs the publisher setting: run `claimdesk config set publisher NAME` or pass --publisher NAME")
    #expect(ClaimReviewPublisher(name: "X", baseURL: "https://x/c/").url(for: "ab") == "https://x/c/ab")
    #expect(ClaimReviewPublisher(name: "X", baseURL: "https://x/c?id=").url(for: "ab") == "https://x/c?id=ab")
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("with, comma", "\"with, comma\""),
    ("say \"no\"", "\"say \"\"no\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("", ""),
    ("Kerry’s", "Kerry’s"),
  ])
  func csvFields(input: String, expected: String) {
    var out: [UInt8] = []
    CSVExporter.appendField(input, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == expected)
  }

  @Test func csvRows() {
    let text = String(decoding: CSVExporter.export([WorksheetFixtures.freeze], shortIDs: WorksheetFixtures.shortIDs), as: UTF8.self)
    #expect(text.hasPrefix("\u{FEFF}id,short_id,document,status,score,kinds,speaker,hedges,text,sentence,span_start,span_end,sources,suggested_sources,notes,last_event\r\n"))
    let row = "c3d4e5f6000000000000000000000000,c3d4,\(WorksheetFixtures.documentID),false,0.55,quote,Benjamin Netanyahu,reportedly,"
      + "There is no construction freeze in the settlements.,"
      + "\"\"\"There is no construction freeze in the settlements,\"\" the prime minister reportedly told Kerry.\",2500,2550,"
      + "\"https://example.org/briefing?a=1|2; AP interview, 2015-11-24\",https://www.haaretz.com/some-article,"
      + "bob (2015-11-26T09:10:00Z): Settlement construction data contradicts it.,e9\r\n"
    #expect(text.hasSuffix(row))
    #expect(!CSVExporter.export([], byteOrderMark: false).starts(with: [0xEF]))
  }

  @Test(arguments: [(0.912345, "0.912345"), (1.0, "1"), (0.0, "0"), (0.000001, "0.000001"), (0.5, "0.5")])
  func csvScores(score: Double, text: String) {
    #expect(CSVExporter.decimal(score) == text)
  }
}
