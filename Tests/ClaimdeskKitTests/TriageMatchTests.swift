import Testing
@testable import ClaimdeskKit

/// The matching rule of `claimdesk eval triage`.
@Suite struct TriageMatchTests {
  @Test func normalisesWhiteSpaceQuotesAndCase() {
    #expect(TriageMatch.normalised("  “We’re  taking\nin billions,” ") == "we're taking in billions")
  }

  @Test func recordedWhenTextOrSentenceHoldsTheLabelOrTheLabelHoldsTheText() {
    let label = TriageMatch.normalised("the council voted to cut fares")
    #expect(TriageMatch.records(label: label, claimText: "the council voted to cut fares on tuesday", sentence: ""))
    #expect(TriageMatch.records(label: label, claimText: "fares", sentence: "x"))
    #expect(TriageMatch.records(label: label, claimText: "prices rose", sentence: "yes, the council voted to cut fares."))
    #expect(!TriageMatch.records(label: label, claimText: "prices rose", sentence: "prices rose"))
  }

  @Test func speakersCompareByTheirLastWord() {
    #expect(TriageMatch.sameSpeaker("C. Eugene Steuerle", "Steuerle"))
    #expect(!TriageMatch.sameSpeaker("C. Eugene Steuerle", "C"))
    #expect(TriageMatch.sameSpeaker("Patrick Carlineo Jr.", "Pat Carlineo"))
    #expect(!TriageMatch.sameSpeaker("James Kennedy Jr.", "Jr."))
    #expect(!TriageMatch.sameSpeaker("World Travel & Tourism Council", "World Travel"))
    #expect(TriageMatch.sameSpeaker(nil, nil))
    #expect(!TriageMatch.sameSpeaker(nil, "Officials"))
  }

  @Test func labelsParse() throws {
    let line = #"{"id": "abc", "url": "u", "claims": [{"text": "Prices rose 5 percent", "speaker": null}], "furniture": ["By A"], "nonclaims": []}"#
    let labels = try TriageLabel.parse(jsonLines: line + "\n", path: "x.jsonl")
    #expect(labels.count == 1 && labels[0].claims[0].speaker == nil && labels[0].furniture == ["By A"])
    #expect(throws: (any Error).self) { try TriageLabel.parse(jsonLines: #"{"id": "abc"}"#, path: "x.jsonl") }
  }
}
