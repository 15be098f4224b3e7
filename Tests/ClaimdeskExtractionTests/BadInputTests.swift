import Foundation
import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// Hostile or odd input: sensible output, linear time, no crash.
@Suite struct BadInputTests {
  /// The rules themselves on huge sentences: the length cap (which would skip them, see
  /// `BoundedExtractionTests`) is lifted.
  static func run(_ doc: Document, _ sentences: [Sentence]) -> [ExtractedClaim] {
    var extractor = ClaimExtractor(scorer: NeutralScorer(), documentDate: "2015-11-24")
    extractor.maxSentenceLength = .max
    return extractor.extract(from: doc, sentences: sentences)
  }

  @Test func tenThousandWordSentence() {
    let words = (0..<10_000).map { $0 % 100 == 0 ? "Smith said 12% of" : "word" }
    let doc = ExtractionFixtures.document(words.joined(separator: " ") + ".")
    let claims = Self.run(doc, ExtractionFixtures.naiveSentences(doc))
    #expect(claims.count == 1)
    #expect(claims.allSatisfy { $0.cues.count < 1_000 })
  }

  @Test func longCapitalisedRunGivesShortNames() {
    let doc = ExtractionFixtures.document("The " + Array(repeating: "Foo", count: 5_000).joined(separator: " ") + " left.")
    let claims = Self.run(doc, ExtractionFixtures.naiveSentences(doc))
    let entities = claims.flatMap(\.cues).filter { $0.kind == .entity }
    #expect(!entities.isEmpty && entities.allSatisfy { $0.text.split(separator: " ").count <= 10 })
  }

  @Test(arguments: ["12345 67 ... !!! ??? 999 --- %%% $$$", "", "\n\n\n", "“”„«»\"\"\"", "2015-13-45 1,2,3 4.5.6"])
  func noLetters(_ text: String) {
    let doc = ExtractionFixtures.document(text)
    #expect(Self.run(doc, ExtractionFixtures.naiveSentences(doc)).isEmpty)
  }

  @Test func allCapsText() throws {
    let claims = ExtractionFixtures.extract(
      "THE GOVERNOR SAID TAXES ROSE 5% IN 2014. EVERY SCHOOL IN THE STATE WILL CLOSE ON FRIDAY.", date: "2015-11-24")
    #expect(claims.count == 2)
    let first = try #require(claims.first)
    #expect(first.kinds.contains(.quantity) && first.kinds.contains(.temporal))
    #expect(!first.cues.contains { $0.kind == .entity })
  }

  @Test func unbalancedQuoteStopsAtTheParagraph() throws {
    let claims = ExtractionFixtures.extract(
      "\"This quotation never closes and goes on. It keeps going without an end\n\nCrime fell 10% in 2014, the mayor said.")
    let last = try #require(claims.last)
    #expect(last.text == "Crime fell 10% in 2014")
    #expect(!last.kinds.contains(.quote))
    #expect(claims.first?.kinds.contains(.quote) == true)
  }

  @Test func closingQuoteWithoutOpening() {
    let claims = ExtractionFixtures.extract("Crime fell 10%,\" in 2014 the report said\" with stray marks.”")
    #expect(claims.count == 1)
  }

  /// The 100,000 sentences are timed in release by bench/extract; a debug build is
  /// some 50 times slower, so the suite checks a tenth of that here.
  @Test func manySentences() {
    let sentence = "Crime fell 5% in 2014, he said. "
    let count = 10_000
    let text = String(repeating: sentence, count: count)
    let doc = Document(text: text, format: .text, paragraphs: [Paragraph(start: 0, end: text.unicodeScalars.count)])
    let length = sentence.unicodeScalars.count
    let sentences = (0..<count).map {
      Sentence(index: $0, start: $0 * length, end: $0 * length + length - 1, text: String(sentence.dropLast()), paragraph: 0)
    }
    let started = Date()
    let claims = Self.run(doc, sentences)
    #expect(claims.count == count)
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func offsetsOutOfRangeOrOutOfOrder() {
    let doc = ExtractionFixtures.document("Crime fell 5% in 2014. Taxes rose 3% in 2013.")
    let sentences = [
      Sentence(index: 0, start: 23, end: 46, text: "Taxes rose 3% in 2013.", paragraph: 0),
      Sentence(index: 1, start: 0, end: 22, text: "Crime fell 5% in 2014.", paragraph: 0),
      Sentence(index: 2, start: 40, end: 500, text: "", paragraph: 0),
      Sentence(index: 3, start: -5, end: 3, text: "", paragraph: 0),
    ]
    let claims = Self.run(doc, sentences)
    #expect(claims.map(\.text).prefix(2) == ["Taxes rose 3% in 2013", "Crime fell 5% in 2014"])
    #expect(claims.allSatisfy { 0 <= $0.sentenceStart && $0.sentenceStart <= $0.start && $0.end <= $0.sentenceEnd && $0.sentenceEnd <= 46 })
  }
}
