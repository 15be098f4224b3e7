import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// Short passages written for these tests; document date 2015-11-24 (a Tuesday).
@Suite struct ClaimExtractorTests {
  static func claims(_ text: String) -> [ExtractedClaim] { ExtractionFixtures.extract(text, date: "2015-11-24") }

  struct Case: CustomStringConvertible, Sendable {
    var passage: String
    var text: String
    var speaker: String?
    var kinds: [String]
    var hedges: [String] = []
    var description: String { text }
  }

  @Test(arguments: [
    Case(
      passage: "Governor Jane Smith said on Monday that unemployment rose to 5.2 percent in March 2015, the highest level since 2009.",
      text: "unemployment rose to 5.2 percent in March 2015, the highest level since 2009", speaker: "Jane Smith",
      kinds: ["quantity", "comparison", "temporal", "event"]),
    Case(
      passage: "Senator Tom Reyes spoke to reporters on the steps.\n\"We will never allow this bill to pass,\" he said.",
      text: "We will never allow this bill to pass", speaker: "Tom Reyes",
      kinds: ["universal", "law", "quote", "prediction"]),
    Case(
      passage: "\"The budget was cut by $4.5 million last year,\" said Finance Minister Ana Ortiz.",
      text: "The budget was cut by $4.5 million last year", speaker: "Ana Ortiz",
      kinds: ["quantity", "comparison", "temporal", "event", "quote"]),
    Case(
      passage: "According to the Daily Herald, the council voted to ban plastic bags.",
      // A newspaper that carried the statement is not its speaker.
      text: "the council voted to ban plastic bags", speaker: nil, kinds: ["law", "event"],
      hedges: ["according to"]),
    Case(
      passage: "The talks collapsed on Friday, officials said.",
      text: "The talks collapsed on Friday", speaker: nil, kinds: ["temporal", "event"], hedges: ["unnamed source"]),
    Case(
      passage: "The company allegedly paid 300 workers less than the minimum wage.",
      text: "The company allegedly paid 300 workers less than the minimum wage", speaker: nil,
      kinds: ["quantity", "comparison", "event"], hedges: ["allegedly"]),
    Case(
      passage: "Food prices rose sharply because of the drought.",
      text: "Food prices rose sharply because of the drought", speaker: nil, kinds: ["comparison", "causal", "event"]),
    Case(
      passage: "Inflation has doubled since 2010, said Maria Lopez, an economist.",
      text: "Inflation has doubled since 2010", speaker: "Maria Lopez", kinds: ["comparison", "temporal", "event"]),
    Case(
      passage: "Police Chief Dana Wu met the families.\nThe chief told reporters that crime fell by a third.",
      text: "crime fell by a third", speaker: "Dana Wu", kinds: ["comparison", "event"]),
  ])
  func passage(_ c: Case) throws {
    let claims = Self.claims(c.passage)
    let claim = try #require(claims.first { $0.text == c.text }, "claims: \(claims.map(\.text))")
    #expect(claim.speaker == c.speaker)
    #expect(claim.kinds.map(\.rawValue) == c.kinds)
    #expect(claim.hedges == c.hedges)
  }

  @Test(arguments: [
    ("Mayor Ann Lee, however, said crime fell 5% in 2014.", "crime fell 5% in 2014", "Ann Lee"),
    ("The mayor's lawyer, Tom Park, said the city paid $2 million in 2014.", "the city paid $2 million in 2014", "Tom Park"),
    ("Crime fell 5% in 2014, Chief Ed Ruiz said in a statement on Wednesday.", "Crime fell 5% in 2014", "Ed Ruiz"),
    ("China's commerce ministry said tariffs rose 10% in 2019.", "tariffs rose 10% in 2019", "China's commerce ministry"),
    ("Two soldiers were killed on Tuesday, the US military said.", "Two soldiers were killed on Tuesday", "US military"),
  ] as [(String, String, String)])
  func speakerAcrossAsidesAndBodies(passage: String, text: String, speaker: String) throws {
    let claim = try #require(Self.claims(passage).first)
    #expect(claim.text == text)
    #expect(claim.speaker == speaker)
  }

  @Test(arguments: [
    ("It rained yesterday in the city.", "yesterday", "2015-11-23"),
    ("The shop closed last week for good.", "last week", "2015-11-16/2015-11-22"),
    ("The minister resigned on Friday after the vote.", "on Friday", "2015-11-20"),
    ("The bridge reopened three days ago after repairs.", "three days ago", "2015-11-21"),
    ("The new rules take effect next month for all drivers.", "next month", "2015-12"),
    ("The plant closed on November 3 after a fire.", "November 3", "2015-11-03"),
    ("The law was passed on 4 July 1998 by a wide margin.", "4 July 1998", "1998-07-04"),
    ("The report was published on 2014-02-28 by the agency.", "2014-02-28", "2014-02-28"),
    ("The river has flooded every year since the 1990s.", "since the 1990s", "1990s/2015-11-24"),
    ("Sales fell over the last three years in every region.", "over the last three years", "2012-11-24/2015-11-24"),
  ] as [(String, String, String?)])
  func timeExpressions(passage: String, cue: String, value: String?) throws {
    let claims = Self.claims(passage)
    let found = try #require(claims.first?.cues.first { $0.text == cue }, "cues: \(claims.first?.cues.map(\.text) ?? [])")
    #expect(found.value == value)
  }

  @Test func relativeDatesStayUnresolvedWithoutADate() throws {
    let claims = ExtractionFixtures.extract("The bridge reopened two weeks ago after repairs.")
    let cue = try #require(claims.first?.cues.first { $0.text == "two weeks ago" })
    #expect(cue.kind == .relativeDate && cue.value == nil)
  }

  @Test func publishedDateIsTheFallback() throws {
    let doc = ExtractionFixtures.document("The bridge reopened two weeks ago after repairs.", published: "2020-03-15T10:00:00Z")
    let claims = ClaimExtractor(scorer: NeutralScorer()).extract(from: doc, sentences: ExtractionFixtures.naiveSentences(doc))
    #expect(claims.first?.cues.first { $0.text == "two weeks ago" }?.value == "2020-03-01")
  }

  @Test(arguments: [
    ("Unemployment fell to 4.5% in 2014.", CueKind.percentage, "4.5%", "4.5"),
    ("The city spent $1,200,000 on roads in total.", .money, "$1,200,000", "1200000"),
    ("The deal is worth €3bn to the region.", .money, "€3bn", "3000000000"),
    ("Officials counted 12,500 votes in the district.", .number, "12,500", "12500"),
    ("Turnout was 61 per cent in the district.", .percentage, "61 per cent", "61"),
    ("She finished 21st in the national race.", .ordinal, "21st", "21"),
    ("The town has about two hundred homes left.", .number, "two hundred", "200"),
  ] as [(String, CueKind, String, String)])
  func quantities(passage: String, kind: CueKind, text: String, value: String) throws {
    let claims = Self.claims(passage)
    let cue = try #require(claims.first?.cues.first { $0.kind == kind }, "cues: \(claims.first?.cues.map(\.text) ?? [])")
    #expect(cue.text == text && cue.value == value)
    #expect(claims.first?.kinds.first == .quantity)
  }

  @Test func namedEntityKeepsItsTitles() throws {
    let claims = Self.claims("Deputy State Department Spokesman Mark Toner met with reporters on Monday.")
    let entity = try #require(claims.first?.cues.first { $0.kind == .entity })
    #expect(entity.text == "Deputy State Department Spokesman Mark Toner")
    #expect(entity.value == "Mark Toner")
  }

  @Test(arguments: [
    "Is it true that crime doubled in 2014?",
    "I believe the new policy is a terrible mistake.",
    "We're very worried about the schools.",
    "The city should build more housing.",
    "The mayor will cut taxes next year.",
  ])
  func notCheckableIsLow(_ passage: String) throws {
    let claim = try #require(Self.claims(passage).first)
    #expect(claim.score < 0.5)
  }

  @Test func checkableBeatsTheSameWithoutCues() throws {
    let plain = try #require(Self.claims("The mayor spoke to the council about the roads.").first)
    let strong = try #require(Self.claims("Every road in the city was repaved in 2014, the mayor told the council.").first)
    #expect(strong.score > plain.score)
  }

  @Test func scoreFollowsTheScorer() {
    struct Fixed: CheckWorthinessScoring {
      var value: Double
      func score(_ sentence: String, previous: String?) -> Double { value }
    }
    let doc = ExtractionFixtures.document("Crime fell by 12% in 2014 across the state.")
    let sentences = ExtractionFixtures.naiveSentences(doc)
    let scores = [0.0, 0.1, 0.5, 0.9, 1.0].map {
      ClaimExtractor(scorer: Fixed(value: $0)).extract(from: doc, sentences: sentences)[0].score
    }
    #expect(scores == scores.sorted() && Set(scores).count == scores.count)
    #expect(scores.allSatisfy { $0 > 0 && $0 < 1 })
  }

  @Test func withoutAScorerTheRulesScoreFromOneHalf() {
    let doc = ExtractionFixtures.document("Crime fell by 12% in 2014 across the state. I think it is terrible.")
    let sentences = ExtractionFixtures.naiveSentences(doc)
    let rules = ClaimExtractor().extract(from: doc, sentences: sentences)
    #expect(rules == ClaimExtractor(scorer: NeutralScorer()).extract(from: doc, sentences: sentences))
    #expect(rules.count == 2 && rules[0].score > 0.5 && rules[1].score < 0.5)
  }

  @Test(arguments: [0.0, 0.25, 0.8, 1.0])
  func unadjustedScoreIsTheScorers(_ value: Double) {
    struct Fixed: CheckWorthinessScoring {
      var value: Double
      func score(_ sentence: String, previous: String?) -> Double { value }
    }
    let doc = ExtractionFixtures.document("Crime fell by 12% in 2014 across the state. I think it is terrible.")
    let claims = ClaimExtractor(scorer: Fixed(value: value), rulesAdjustScore: false)
      .extract(from: doc, sentences: ExtractionFixtures.naiveSentences(doc))
    #expect(claims.count == 2 && claims.allSatisfy { $0.score == value })
  }

  @Test func linksInsideTheSentenceAreSuggestedSources() throws {
    let text = "Crime fell by 12% in 2014, the report says. Another sentence follows here."
    let scalars = Array(text.unicodeScalars)
    let reportStart = text.distance(from: text.startIndex, to: text.range(of: "report")!.lowerBound)
    let otherStart = scalars.count - 5
    let doc = ExtractionFixtures.document(text, links: [
      DocumentLink(url: "https://example.org/other", start: otherStart, end: otherStart + 4),
      DocumentLink(url: "https://example.org/report", start: reportStart, end: reportStart + 6),
    ])
    let claims = ClaimExtractor(scorer: NeutralScorer()).extract(from: doc, sentences: ExtractionFixtures.naiveSentences(doc))
    #expect(claims.first?.suggestedSources == ["https://example.org/report"])
  }

  @Test func pronounFollowsTheLastSpeaker() throws {
    let claims = Self.claims(
      "Prime Minister Ana Reyes met President Luis Gomez on Monday. Gomez said the border would reopen.\n"
        + "\"Trade has grown by 40% since 2010,\" he said.")
    let quote = try #require(claims.first { $0.text.hasPrefix("Trade has grown") })
    #expect(quote.speaker == "Luis Gomez")
  }

  @Test func unattributedQuoteInheritsTheParagraphSpeaker() throws {
    let claims = Self.claims(
      "\"The factory closed in 2012,\" Mayor Ken Adams said. \"Since then, 400 jobs have been lost.\"")
    let second = try #require(claims.first { $0.text.hasPrefix("Since then") })
    #expect(second.speaker == "Ken Adams")
    #expect(second.kinds.contains(.quote) && second.kinds.contains(.quantity))
  }

  @Test func shortScareQuotesAreNotQuotations() throws {
    let claim = try #require(Self.claims("The so-called \"peace tax\" raised $2 million in 2014.").first)
    #expect(claim.text == "The so-called \"peace tax\" raised $2 million in 2014")
    #expect(!claim.kinds.contains(.quote))
  }
}
