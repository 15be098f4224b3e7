import Testing
@testable import ClaimdeskExtraction

@Suite struct SentenceFeaturizerTests {
  private func cues(_ sentence: String, previous: String? = nil) -> Set<CueFeature> {
    let bits = SentenceFeaturizer(hashBits: 10).withFeatures(sentence, previous: previous) { $1 }
    return Set(CueFeature.allCases.filter { bits & $0.bit != 0 })
  }

  @Test(arguments: [
    ("Unemployment rose 5% since 2010.", [CueFeature.percent, .year, .changeVerb, .timeSpan, .twoNumbers]),
    ("Every Israeli government has opposed it.", [.universal, .oneNamedWord]),
    ("Taxes cost $3,500 more than in the 1990s.", [.money, .comparative, .than, .ordinalOrDecade]),
    ("I think we may be reaching a pivotal point.", [.firstPersonSingular, .opinionVerb, .firstPersonOpinion, .modal]),
    ("Why did you do that?", [.question, .endsWithQuestion, .startsWithQuestionWord, .secondPerson]),
  ])
  func findsCues(sentence: String, expected: [CueFeature]) {
    #expect(cues(sentence).isSuperset(of: expected))
  }

  @Test func previousSentenceGivesContextCues() {
    let found = cues("Yes.", previous: "Did taxes rise 3% in 2019?")
    #expect(found.isSuperset(of: [.previousIsQuestion, .previousHasNumber]))
    #expect(!cues("Yes.").contains(.previousIsQuestion))
  }

  @Test func ngramIndicesStayInRangeAndCaseIsFolded() {
    let featurizer = SentenceFeaturizer(hashBits: 10)
    let upper = featurizer.withFeatures("THE TAX RATE ROSE.", previous: nil) { ngrams, _ in Array(ngrams) }
    let lower = featurizer.withFeatures("the tax rate rose.", previous: nil) { ngrams, _ in Array(ngrams) }
    #expect(upper == lower)
    #expect(upper.count == 12)  // 4 words, 4 bigrams, 3 skip-bigrams, end of sentence (no prefixes)
    #expect(upper.allSatisfy { $0 >= 0 && $0 < 1024 })
  }
}
