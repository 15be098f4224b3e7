import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskEvidence
@testable import ClaimdeskText

@Suite struct PassageRankerTests {
  static func document(_ paragraphs: [String]) -> Document {
    var text = ""
    var parts: [Paragraph] = []
    for p in paragraphs {
      if !text.isEmpty { text += "\n\n" }
      let start = text.unicodeScalars.count
      text += p
      parts.append(Paragraph(start: start, end: text.unicodeScalars.count))
    }
    return Document(text: text, format: .html, paragraphs: parts)
  }

  static let settlements = document([
    "U.S. administrations have long debated Israeli settlement activity, and every administration has had its own policy on settlement activity in the West Bank.",
    "Every U.S. administration since 1967 has opposed Israeli settlement activity, the State Department said.",
    "The weather in Jerusalem was mild on Tuesday, with light winds.",
    "Israeli officials said settlement activity would continue, and the administration said its opposition to settlement activity was well known.",
  ])

  @Test func theDecidingFactBeatsDistractors() {
    let claim = PassageQuery(text: "Every U.S. administration since 1967 has opposed Israeli settlement activity.")
    #expect(claim.years == ["1967"])
    let passages = PassageRanker.rank(claim: claim, in: Self.settlements)
    #expect(passages.count == 3)
    #expect(passages.first?.paragraphIndex == 1)
    #expect(passages.first?.matchedTerms == ["u", "administration", "1967", "opposed", "israeli", "settlement", "activity"])
    #expect(passages.allSatisfy { $0.paragraphIndex != 2 })
    #expect(passages.first?.contradiction == nil)
    #expect(passages.map(\.score) == passages.map(\.score).sorted(by: >))
  }

  @Test func aDifferentYearForTheSameThingIsFlagged() {
    let page = Self.document([
      "Every U.S. administration since 1968 has opposed Israeli settlement activity, according to the archive.",
      "Israeli settlement activity has been opposed by many, and the U.S. administration has said so often.",
    ])
    let passages = PassageRanker.rank(claim: PassageQuery(text: "Every U.S. administration since 1967 has opposed Israeli settlement activity."), in: page)
    #expect(passages.first?.paragraphIndex == 0)
    #expect(passages.first?.contradiction == "claim says 1967, passage says 1968 (since 1968)")
    #expect(passages.last?.contradiction == nil)
  }

  @Test func numbersOutweighSharedWords() {
    let page = Self.document([
      "Nearly all of the Indians deported from the United States returned home on a special flight, officials at Delhi airport said.",
      "The flight carried 150 Indians deported from the US.",
      "The flight carried 120 Indians deported from the US.",
    ])
    let claim = PassageQuery(text: "150 Indians deported from the United States returned home on a special flight.")
    let passages = PassageRanker.rank(claim: claim, in: page)
    #expect(passages.first?.paragraphIndex == 1)
    #expect(passages.first { $0.paragraphIndex == 2 }?.contradiction == "claim says 150, passage says 120 (120 indians)")
  }

  @Test func quotedPhraseEarnsItsBonus() {
    let page = Self.document([
      "The minister called the plan a bold step for the economy of the region.",
      "The minister said the plan was \"a historic mistake\" for the economy.",
    ])
    let claim = PassageQuery(text: "The minister called the plan \"a historic mistake\".")
    #expect(claim.quotes == ["a historic mistake"])
    #expect(PassageRanker.rank(claim: claim, in: page).first?.paragraphIndex == 1)
  }

  @Test func longParagraphsAreCutIntoWindows() throws {
    let filler = (1...12).map { "Sentence number \($0) talks about the harbour and nothing else." }.joined(separator: " ")
    let page = Self.document([filler + " The dredging will cost 42 million euros. " + filler])
    let passages = PassageRanker.rank(claim: PassageQuery(text: "The dredging will cost 42 million euros."), in: page, limit: 1)
    let best = try #require(passages.first)
    #expect(best.text.contains("42 million euros"))
    #expect(best.text.count < 300)
    #expect(best.paragraphIndex == 0)
  }

  @Test func nothingSharedMeansNoPassages() {
    #expect(PassageRanker.rank(claim: PassageQuery(text: "Quantum zebras"), in: Self.settlements).isEmpty)
    #expect(PassageRanker.rank(claim: PassageQuery(text: "the of and"), in: Self.settlements).isEmpty)
  }

  @Test func scoresRunFromZeroToOne() {
    let claim = PassageQuery(text: "Every U.S. administration since 1967 has opposed Israeli settlement activity.")
    let passages = PassageRanker.rank(claim: claim, in: Self.settlements)
    #expect(passages.allSatisfy { $0.score > 0 && $0.score <= 1 })
    // The deciding paragraph states the claim almost word for word; the distractors do not.
    #expect(passages[0].score >= 0.8)
    #expect(passages.dropFirst().allSatisfy { $0.score < 0.5 })
  }

  @Test func paragraphsCanBeGivenAsStrings() {
    let claim = PassageQuery(text: "The dredging will cost 42 million euros.")
    let passages = PassageRanker.rank(
      claim: claim, paragraphs: ["Work starts in May.", "", "The dredging will cost 42 million euros, the port said."])
    #expect(passages.map(\.paragraphIndex) == [1])
    #expect(passages.first?.text == "The dredging will cost 42 million euros, the port said.")
    #expect(passages.first?.start == "Work starts in May.\n\n".unicodeScalars.count)
  }

  @Test func findsTheEvidenceOnAReadPage() throws {
    let page = try HTMLReader.read(Array(OwnPages.withComments.html.utf8))
    let claim = PassageQuery(text: "The port authority says dredging the harbour will cost 40 million euros.")
    let passages = PassageRanker.rank(claim: claim, in: page)
    let best = try #require(passages.first)
    // The paragraph with the figure wins over those sharing "port authority" and "dredging",
    // and its different figure for the same thing is flagged.
    #expect(best.text.hasPrefix("The authority expects the project to cost 42 million euros"))
    #expect(best.contradiction == "claim says 40, passage says 42 (cost 42)")
    #expect(passages.dropFirst().allSatisfy { $0.contradiction == nil })
  }

  @Test func cuesCanBeGiven() {
    let claim = PassageQuery(text: "Kerry met Netanyahu in 2015.", numbers: [], years: ["2015"], entities: ["Kerry", "Netanyahu"], quotes: [])
    #expect(claim.entities == ["Kerry", "Netanyahu"])
    #expect(claim.numbers.isEmpty)
  }
}
