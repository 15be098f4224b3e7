import Foundation
import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// The kind rules that keep judgements, announcements and predictions out of the triage queue
/// (issue 13): passages written for these tests, scored with a neutral scorer so that only the
/// rules move the score.
@Suite struct ClaimKindRulesTests {
  static func claim(_ text: String) -> ExtractedClaim? {
    ClaimExtractor(scorer: NeutralScorer(), documentDate: "2019-11-19").extract(from: PlainTextReader.read(text)).first
  }

  /// A judging adjective said of something is an opinion.
  @Test(arguments: [
    "Running a small farm isn't easy.",
    "The new rules are anything but easy.",
    "The tax code is more complicated than the senator suggests.",
    "The candidate is likely to be unpredictable at the hearing.",
    "The results from the lake are very exciting to biologists.",
    "What a shame that the library closed its doors.",
    "These reforms are important, but they are not enough.",
    "The mayor's call to the contractor was inappropriate and irregular.",
    "The council vote was illegitimate from the start.",
    // The writers' own rating.
    "We rate the statement Mostly True.",
    "We rated the Harbor X1 as one of the best phones of 2019.",
  ])
  func judgementsAreOpinions(passage: String) throws {
    let claim = try #require(Self.claim(passage))
    #expect(claim.kinds.contains(.opinion), "\(claim.text)")
  }

  /// "lower" or "higher" naming a part or a place is no comparison; before other words it is.
  @Test(arguments: [
    ("His doctor assumed he had a lower respiratory tract infection in November 2016.", false),
    ("The lower house passed the budget in March 2019.", false),
    ("Fees for higher education rose 4 percent in 2019.", false),
    ("The bank kept lower interest rates for 3 years.", true),
    ("Sales in 2019 were higher than in 2018.", true),
  ])
  func positionalWordsAreNoComparison(passage: String, compares: Bool) throws {
    let claim = try #require(Self.claim(passage))
    #expect(claim.cues.contains { $0.kind == .comparative } == compares, "\(claim.cues.map(\.text))")
  }

  /// The same words qualifying a noun leave a factual sentence factual.
  @Test(arguments: [
    "The adviser was left out of some important meetings on trade policy in July.",
    "The probe found essential ingredients for life on the moon in 2019.",
    "The company reported a difficult quarter with sales down 4 percent.",
    "We rarely see rates rise 4 percent in a month.",
  ])
  func qualifyingANounIsNoOpinion(passage: String) throws {
    let claim = try #require(Self.claim(passage))
    #expect(!claim.kinds.contains(.opinion), "\(claim.text)")
  }

  @Test func likelyToIsAPrediction() throws {
    let claim = try #require(Self.claim("The central bank is likely to raise rates again in March."))
    #expect(claim.kinds.contains(.prediction))
  }

  /// "plans" and "forecast" as nouns promise nothing.
  @Test(arguments: [
    ("Retirement plans and savings accounts gave workers tax breaks worth $20 billion.", false),
    ("The forecast showed rain over 40 percent of the state.", false),
    ("The city plans to build 300 homes by 2022.", true),
    ("Analysts forecast growth of 3 percent next year.", true),
  ] as [(String, Bool)])
  func promisesAreVerbs(passage: String, isPrediction: Bool) throws {
    let claim = try #require(Self.claim(passage))
    #expect(claim.kinds.contains(.prediction) == isPrediction, "\(claim.text)")
  }

  /// A sentence ending in a colon announces what follows: it scores below the same words ending
  /// in a full stop.
  @Test func anAnnouncementScoresLow() throws {
    let announcing = try #require(Self.claim("The five companies chosen by the agency are:"))
    let stating = try #require(Self.claim("The five companies chosen by the agency are small."))
    #expect(announcing.score < stating.score - 0.2)
    #expect(announcing.score < 0.35)  // the default triage threshold, ExtractionOptions.triageThreshold
  }

  /// The no-comment formula reports that nothing was said: it scores below the triage threshold
  /// and far below the same words without it; "did not respond to treatment" is no formula.
  @Test(arguments: [
    ("A spokesman for the ministry did not immediately respond to a request for comment on Tuesday.", true),
    ("Acme Holdings declined to comment on the $40 million report.", true),
    ("The mayor could not be reached on Monday about the 2019 audit.", true),
    ("The patient did not respond to the $40,000 treatment in 2019.", false),
    ("The Harbor Ledger has approached the ministry about the 2019 audit for comment.", true),
    ("The council asked residents for comment on 3 proposals by May 2019.", false),
  ] as [(String, Bool)])
  func noCommentIsNoClaim(passage: String, isFormula: Bool) throws {
    let claim = try #require(Self.claim(passage))
    #expect((claim.score < 0.35) == isFormula, "\(claim.text): \(claim.score)")
  }

  @Test func aDeniedJudgementIsReportedNotJudged() throws {
    let claim = try #require(Self.claim("The manager has consistently denied being unfair to the players."))
    #expect(!claim.kinds.contains(.opinion))
  }

  /// A judgement beside a figure costs half as much: the figure is still there to check.
  @Test func aJudgementBesideAFigureStaysCheckable() throws {
    let claim = try #require(Self.claim("The merger saves $300 million, but that may be hard to repeat."))
    #expect(claim.kinds.contains(.opinion) && claim.kinds.contains(.quantity))
    var judged = ClaimRules.KindSet()
    judged.insert(.opinion)
    var both = judged
    both.insert(.quantity)
    let logit = { (p: Double) in log(p / (1 - p)) }
    let alone = ClaimRules.score(model: 0.5, ClaimRules.Verdict(kinds: judged, isQuestion: false, modalHedged: false, words: 8))
    let beside = ClaimRules.score(model: 0.5, ClaimRules.Verdict(kinds: both, isQuestion: false, modalHedged: false, words: 8))
    #expect(abs(logit(alone) - -2.0) < 1e-9)
    #expect(abs(logit(beside) - (0.5 - 1.0)) < 1e-9)
  }
}
