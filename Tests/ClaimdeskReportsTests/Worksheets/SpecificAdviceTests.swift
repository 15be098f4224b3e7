import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskLedger
@testable import ClaimdeskReports

/// "What to check" and searches are specific to the claim (issue 13).
@Suite struct SpecificAdviceTests {
  static func facts(_ text: String, kinds: [String], cues: [ClaimCueRecord], speaker: String? = nil) -> ClaimFacts {
    var claim = ClaimState(id: "f" + String(repeating: "0", count: 31), text: text, lastEventHash: "e")
    claim.kinds = kinds
    claim.cues = cues
    claim.speaker = speaker
    return ClaimFacts(claim)
  }

  @Test(arguments: [
    ("Barack Obama spoke about terrorism after 9/11 in New York.", "9"),
    ("The crash closed Route 9 near Albany for the whole day.", "9"),
    ("Yields on the 10-year note fell in the afternoon trading.", "10"),
    ("Tourists crowd Ninety Mile Beach in the summer months.", "Ninety"),
    ("Patrick Carlineo, 55, pleaded guilty in the federal court.", "55"),
    ("The teachers left at 4:30 a.m. for the rally in the capital.", "4:30"),
    ("The company sold 2.3 million iPhone 11 units in its first week.", "11"),
    ("Yields rose to 1.9 percent, the highest level in two months.", "two"),
    ("The club won 3-1 at home, their 12th straight win.", "12th"),
  ])
  func numbersInsideNamesDatesAndTermsAreNoStatistic(text: String, number: String) {
    let steps = CheckGuide.steps(for: Self.facts(text, kinds: ["quantity"], cues: [ClaimCueRecord(kind: "number", text: number)]))
    #expect(!steps.contains { $0.contains("statistic behind") }, "\(steps)")
  }

  @Test func aFigureKeepsItsUnit() {
    let steps = CheckGuide.steps(
      for: Self.facts("Officials are working to fill 3,000 vacancies across the system.", kinds: ["quantity"],
                      cues: [ClaimCueRecord(kind: "number", text: "3,000")]))
    #expect(steps.contains { $0.hasPrefix("Find the primary statistic behind “3,000 vacancies”") }, "\(steps)")
  }

  @Test func aTallyIsOneItemAboutTheVote() {
    let steps = CheckGuide.steps(
      for: Self.facts("The Supreme Court ruled 7-2 that the law was unconstitutional.", kinds: ["quantity", "law"],
                      cues: [ClaimCueRecord(kind: "number", text: "7"), ClaimCueRecord(kind: "number", text: "2")]))
    #expect(steps.filter { $0.contains("7-2") }.count == 1)
    #expect(!steps.contains { $0.contains("statistic behind") }, "\(steps)")
  }

  @Test func firstGetsARecordItemOnlyWhenItIsTheClaim() {
    let scoped = CheckGuide.steps(
      for: Self.facts("It was the largest protest in the state's history.", kinds: ["comparison"],
                      cues: [ClaimCueRecord(kind: "superlative", text: "largest")]))
    #expect(scoped.contains { $0.hasPrefix("Check the record behind “largest”") })
    let incidental = CheckGuide.steps(
      for: Self.facts("The first witness described the call in detail.", kinds: ["event"],
                      cues: [ClaimCueRecord(kind: "ordinal", text: "first")]))
    #expect(!incidental.contains { $0.contains("record behind") || $0.contains("statistic behind") }, "\(incidental)")
  }

  /// A claim a study is cited for: the paper is what settles it, not the author's statements.
  @Test func aCitedStudyIsWhatToFind() {
    var facts = Self.facts("The man had lost 9 kilograms by 2016", kinds: ["quantity"], cues: [], speaker: "Owen Barsby")
    facts.claim.hedges = ["according to", ClaimFacts.studyHedge]
    let steps = CheckGuide.steps(for: facts)
    #expect(steps.first?.hasPrefix("Find the study itself (by Owen Barsby, as the article says): its journal") == true, "\(steps)")
    #expect(!steps.contains { $0.contains("said this") || $0.contains("is hedged") }, "\(steps)")
    #expect(SearchSuggestions.primarySources(for: facts).first == "the study itself: the paper in its journal, with its data and methods")
    // The extractor's mark is the one the worksheet reads.
    #expect(Attribution.citedStudy == ClaimFacts.studyHedge)
  }

  @Test func aComparisonNamesBothSides() {
    let steps = CheckGuide.steps(
      for: Self.facts("Exports to China are worth more than $30 billion a year.", kinds: ["comparison", "quantity"],
                      cues: [ClaimCueRecord(kind: "comparative", text: "more")]))
    #expect(steps.contains { $0.hasPrefix("Check both sides of the comparison, “to China are worth more” against “$30 billion a year”") }, "\(steps)")
    // After a comma the comparison qualifies the clause before it, from its figure on.
    let clause = CheckGuide.steps(
      for: Self.facts("The company sold 230,000 phones in its first week, more than any previous model.", kinds: ["comparison", "quantity"],
                      cues: [ClaimCueRecord(kind: "comparative", text: "more")]))
    #expect(clause.contains { $0.hasPrefix("Check both sides of the comparison, “230,000 phones in its first week” against “any previous model”") }, "\(clause)")
  }

  @Test func searchesAreNeverABareNumberOrOneWord() {
    let facts = Self.facts(
      "Barack Obama said 9/11 changed terrorism policy for 10 years.", kinds: ["quantity"],
      cues: [ClaimCueRecord(kind: "number", text: "9"), ClaimCueRecord(kind: "entity", text: "Barack Obama")],
      speaker: "Barack Obama")
    let queries = SearchSuggestions.queries(for: facts)
    #expect(!queries.isEmpty)
    for query in queries {
      #expect(!query.contains("\"9\""), "\(query)")
      #expect(query.split(separator: " ").count >= 2, "\(query)")
    }
    #expect(!SearchSuggestions.isSpecific(["\"7\"", "\"2\""]))
    #expect(!SearchSuggestions.isSpecific(["terrorism"]))
    #expect(SearchSuggestions.isSpecific(["\"Barack Obama\"", "terrorism"]))
  }

  /// A product's name the cues missed leads the key terms; words that pin nothing down do not.
  @Test func keyTermsPreferNamesToFillers() {
    let facts = Self.facts(
      "The company sold 230,000 iPhone units within its previous quarter.", kinds: ["quantity"],
      cues: [ClaimCueRecord(kind: "number", text: "230,000")])
    let terms = facts.keyTerms(limit: 3, excluding: ["230,000"])
    #expect(terms.first == "iphone", "\(terms)")
    #expect(!terms.contains("previous") && !terms.contains("within"), "\(terms)")
  }
}
