import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// The caps that keep extraction bounded on hostile input: a "sentence" over the length cap is
/// not prose and gives no claim; claims beyond `maxClaims` are counted, not kept.
@Suite struct BoundedExtractionTests {
  static let passage = """
    Unemployment rose to 5.2 percent in March 2015, officials said. The council voted 7-2 on Tuesday night to cut bus fares from $2.75 to $1.50 for every rider. Crime fell 5% in 2014, the mayor said.
    """

  static func run(maxSentenceLength: Int = ClaimExtractor.sentenceLengthCap, minimumScore: Double = -.infinity, maxClaims: Int = .max)
    -> (claims: [ExtractedClaim], overCap: Int, sentences: [Sentence])
  {
    let document = ExtractionFixtures.document(passage)
    let sentences = ExtractionFixtures.naiveSentences(document)
    var extractor = ClaimExtractor(scorer: NeutralScorer(), documentDate: "2015-11-24")
    extractor.maxSentenceLength = maxSentenceLength
    let (claims, overCap) = extractor.extract(from: document, sentences: sentences, minimumScore: minimumScore, maxClaims: maxClaims)
    return (claims, overCap, sentences)
  }

  @Test func aSentenceOverTheLengthCapGivesNoClaim() throws {
    let all = Self.run()
    #expect(Set(all.claims.map(\.sentenceIndex)) == [0, 1, 2])
    // The second sentence is the longest; a cap just below its length leaves it out alone.
    let lengths = all.sentences.map { $0.end - $0.start }
    let second = lengths[1]
    #expect(second > lengths[0] && second > lengths[2])
    var extractor = ClaimExtractor()
    extractor.maxSentenceLength = second - 1
    #expect(!extractor.isProse(all.sentences[1]) && extractor.isProse(all.sentences[0]))
    let capped = Self.run(maxSentenceLength: second - 1)
    #expect(Set(capped.claims.map(\.sentenceIndex)) == [0, 2])
    #expect(capped.overCap == 0)
  }

  @Test func claimsBeyondTheCapAreCountedNotKept() {
    let all = Self.run()
    #expect(all.claims.count >= 3)
    let capped = Self.run(maxClaims: 2)
    #expect(capped.claims.map(\.text) == all.claims.prefix(2).map(\.text))
    #expect(capped.overCap == all.claims.count - 2)
    // Claims under the minimum score neither count against the cap nor as over it.
    let none = Self.run(minimumScore: 2, maxClaims: 1)
    #expect(none.claims.isEmpty && none.overCap == 0)
  }

  @Test func theDefaultsKeepEveryClaimOfAnArticle() {
    let document = ExtractionFixtures.document(Self.passage)
    let sentences = ExtractionFixtures.naiveSentences(document)
    let extractor = ClaimExtractor(scorer: NeutralScorer(), documentDate: "2015-11-24")
    #expect(extractor.extract(from: document, sentences: sentences).map(\.text) == Self.run().claims.map(\.text))
  }
}
