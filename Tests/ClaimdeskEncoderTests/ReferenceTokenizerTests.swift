import ClaimdeskEncoder
import Foundation
import ClaimdeskTestSupport
import Testing

@Suite(.requires(.encoderModel))
struct ReferenceTokenizerTests {
  @Test func idsEqualHuggingFaceForEveryReferenceSentence() throws {
    let fixture = try ReferenceFixture.load()
    let encoder = try SentenceEncoder(modelDirectory: try #require(installedModel))
    #expect(fixture.cases.count >= 60)
    for reference in fixture.cases {
      #expect(encoder.tokenIDs(reference.sentence) == reference.ids, "\(reference.sentence.debugDescription)")
    }
  }

  @Test func longTextIsCutToMaxSeqLength() throws {
    let fixture = try ReferenceFixture.load()
    let encoder = try SentenceEncoder(modelDirectory: try #require(installedModel))
    let longest = try #require(fixture.cases.max { $0.ids.count < $1.ids.count })
    #expect(longest.ids.count == fixture.maxSeqLength)
    #expect(encoder.tokenIDs(longest.sentence).count == fixture.maxSeqLength)
  }
}
