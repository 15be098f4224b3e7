import Testing
@testable import ClaimdeskMatching

/// A deterministic stand-in for the sentence encoder: hashed bag of analysed terms, unit
/// length. Texts sharing words get high cosine, unrelated texts near zero.
struct HashedBagEmbedding: SentenceEmbedding {
  let digest = "test-hashed-bag-v1"
  func embed(_ texts: [String]) -> [[Float]] {
    texts.map { text in
      var v = [Float](repeating: 0, count: 1024)
      for term in TextAnalyzer.standard.terms(text) {
        var h: UInt32 = 2_166_136_261
        for b in term.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        v[Int(h % 1024)] += 1
      }
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return norm > 0 ? v.map { $0 / norm } : v
    }
  }
}

@Suite struct FusionAndTierTests {
  @Test func zScoresCentreAndScale() {
    let z = ScoreFusion.zScores([1, 2, 3])
    #expect(abs(z[0] + 1.224745) < 1e-5 && abs(z[1]) < 1e-6 && abs(z[2] - 1.224745) < 1e-5)
    #expect(ScoreFusion.zScores([4, 4]) == [0, 0])
  }

  @Test func fusionRewardsAgreementOfBothSignals() {
    let fused = ScoreFusion(lexicalWeight: 0.5, denseWeight: 0.5).fuse(lexical: [10, 0, 9], dense: [0.1, 0.9, 0.8])
    #expect(TopK.indices(of: fused, k: 3).first == 2)
  }

  @Test func topKIsStableOnTies() {
    #expect(TopK.indices(of: [1, 3, 3, 2], k: 3) == [1, 2, 3])
  }

  static let ohio = "Unemployment in Ohio rose 5%."
  static let moon = "The moon landing was filmed in a studio."

  @Test(arguments: [false, true])
  func tiersOnATwoClaimCorpus(hybrid: Bool) {
    let matcher = HybridMatcher(
      documents: [MatchDocument(id: "ohio", text: Self.ohio), MatchDocument(id: "moon", text: Self.moon)],
      embedding: hybrid ? HashedBagEmbedding() : nil)
    let same = matcher.match("Unemployment in Ohio rose 5%", top: 2)
    #expect(same.map(\.id) == ["ohio", "moon"])
    #expect(same[0].tier == .sameClaim)
    #expect(same[1].tier == .unrelated)
    let differentFigure = matcher.match("Unemployment in Ohio rose 7%", top: 1)
    #expect(differentFigure[0].tier == .similarDifferentFigure)
    let related = matcher.match("Ohio unemployment figures", top: 1)
    #expect(related[0].tier == .related)
  }

  @Test func tierDoesNotDependOnCorpusSize() {
    let fillers = (0..<200).map { MatchDocument(id: "f\($0)", text: "Filler claim number \($0) about topic \($0 % 7) and weather.") }
    let small = HybridMatcher(documents: [MatchDocument(id: "ohio", text: Self.ohio)], embedding: HashedBagEmbedding())
    let large = HybridMatcher(documents: [MatchDocument(id: "ohio", text: Self.ohio)] + fillers, embedding: HashedBagEmbedding())
    let query = "Did unemployment in Ohio rise 5%?"
    let a = small.match(query, top: 1)[0]
    let b = large.match(query, top: 1)[0]
    #expect(a.id == b.id && a.tier == b.tier && abs(a.evidence - b.evidence) < 1e-9)
  }

  @Test func policyThresholdsAreOrdered() {
    for policy in [TierPolicy.hybrid, .lexical] {
      #expect(policy.sameClaimThreshold > policy.relatedThreshold)
      let agree = Agreement(sharedFigures: [], conflicts: [], entityCoverage: nil)
      #expect(policy.tier(evidence: policy.sameClaimThreshold, agreement: agree) == .sameClaim)
      #expect(policy.tier(evidence: policy.relatedThreshold, agreement: agree) == .related)
      #expect(policy.tier(evidence: policy.relatedThreshold - 0.01, agreement: agree) == .unrelated)
    }
  }
}
