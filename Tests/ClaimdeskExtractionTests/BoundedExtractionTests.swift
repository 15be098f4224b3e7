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

  /// A document with thousands of sentences in one paragraph (past a batch and a window), short
  /// paragraphs with quotations whose speaker comes after, and a line that is no prose.
  static func longDocument() throws -> Document {
    var text = ""
    for k in 0..<40 {
      text += "\"We will cut fares by \(k + 2) percent,\" the mayor said. Crime fell 5% in 2014, the police chief said.\n\n"
    }
    text += String(repeating: "Taxes rose 3% in 2015, he said. It rained. ", count: 6_000) + "\n\n"
    text += String(repeating: "the council voted to cut fares by 31 percent and ", count: 100) + "\n\n"
    text += "Unemployment rose to 5.2 percent in March 2015, officials said.\n"
    return try DocumentReader.read(Array(text.utf8), origin: "long.txt")
  }

  /// `extractBounded` (what `extract` and `check` run, holding only the sentences it still needs)
  /// finds what the pass over the whole split finds, and keeps the text of the claims' sentences
  /// and of their prose neighbours, and of no other.
  @Test(arguments: [(0.0, Int.max), (0.3, 50), (0.3, 20_000)])
  func theBoundedPassFindsWhatTheWholePassFinds(minimumScore: Double, maxClaims: Int) throws {
    let document = try Self.longDocument()
    let sentences = SentenceSplitter.split(document)
    // One paragraph holds more sentences than a window, and a window more than a batch.
    #expect(Dictionary(grouping: sentences, by: \.paragraph).values.map(\.count).max()! > ExtractionPass.window)
    #expect(ExtractionPass.window > SentenceSplitter.batchSize)
    var extractor = ClaimExtractor(scorer: NeutralScorer(), documentDate: "2015-11-24")
    extractor.maxSentenceLength = 1_000
    let whole = extractor.extract(from: document, sentences: sentences, minimumScore: minimumScore, maxClaims: maxClaims)
    let bounded = extractor.extractBounded(from: document, minimumScore: minimumScore, maxClaims: maxClaims)
    #expect(bounded.claims.count > 40)
    #expect(bounded.claims == whole.claims)
    #expect(bounded.overCap == whole.overCap)
    #expect(bounded.sentenceCount == sentences.count)
    #expect(bounded.sentencesOverLength == sentences.count { !extractor.isProse($0) })
    #expect(bounded.sentencesOverLength == 1)
    var expected: [Int: String] = [:]
    for claim in whole.claims {
      for k in claim.sentenceIndex - 1...claim.sentenceIndex + 1 where sentences.indices.contains(k) && extractor.isProse(sentences[k]) {
        expected[k] = sentences[k].text
      }
    }
    #expect(bounded.texts == expected)
  }

  /// The batches hold every sentence once, in order, as `split` gives them; a sentence over the
  /// text limit comes without its text.
  @Test func batchesAreTheSplitInPieces() throws {
    let document = try Self.longDocument()
    let sentences = SentenceSplitter.split(document)
    var batched: [Sentence] = []
    var largest = 0
    SentenceSplitter.forEachBatch(of: document, textUpTo: 1_000) { batch in
      largest = max(largest, batch.count)
      batched += batch
    }
    #expect(largest == SentenceSplitter.batchSize)
    #expect(batched.map(\.index) == Array(sentences.indices))
    #expect(batched.map(\.start) == sentences.map(\.start) && batched.map(\.end) == sentences.map(\.end))
    let long = try #require(sentences.firstIndex { $0.end - $0.start > 1_000 })
    #expect(batched[long].text.isEmpty && !sentences[long].text.isEmpty)
    #expect(batched.enumerated().allSatisfy { $0.offset == long || $0.element == sentences[$0.offset] })
  }
}
