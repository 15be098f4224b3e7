import Foundation
import Testing
@testable import ClaimdeskMatching

/// Scores computed by hand for a three-document corpus (N = 3, avgdl = 2):
/// d0 = [a b], d1 = [a a c], d2 = [c]; idf(a) = ln 1.6, idf(b) = ln(1 + 2.5/1.5);
/// tf part = tf / (tf + 1.2 · (0.25 + 0.75 · dl / 2)).
@Suite struct BM25IndexTests {
  let index = BM25Index(documents: [[["a", "b"]], [["a", "a", "c"]], [["c"]]])

  @Test func singleTermScoresMatchHandComputation() {
    let scores = index.scores(["a"], combination: .weightedSum([1]))
    let idf = log(1.6)
    #expect(abs(Double(scores[0]) - idf * 1 / (1 + 1.2)) < 1e-5)  // 0.213638
    #expect(abs(Double(scores[1]) - idf * 2 / (2 + 1.65)) < 1e-5)  // 0.257537
    #expect(scores[2] == 0)
  }

  @Test func rareTermWeighsMoreAndTermsAdd() {
    let b = index.scores(["b"], combination: .weightedSum([1]))
    #expect(abs(Double(b[0]) - log(1 + 2.5 / 1.5) / 2.2) < 1e-5)  // 0.445831
    let ab = index.scores(["a", "b"], combination: .weightedSum([1]))
    #expect(abs(ab[0] - (b[0] + 0.213638)) < 1e-5)
  }

  @Test func unknownTermsScoreNothing() {
    #expect(index.scores(["zebra"], combination: .weightedSum([1])) == [0, 0, 0])
  }

  @Test func fieldsCombineBySumOrMax() {
    // Two documents, fields (text, title); the query term is in d0's text and title.
    let two = BM25Index(documents: [[["x"], ["x"]], [["y"], ["z"]]])
    let perField = two.fieldScores(["x"])
    let sum = two.scores(["x"], combination: .weightedSum([1, 0.5]))
    let best = two.scores(["x"], combination: .maximum([1, 0.5]))
    #expect(abs(sum[0] - (perField[0][0] + 0.5 * perField[1][0])) < 1e-6)
    #expect(abs(best[0] - perField[0][0]) < 1e-6)
    #expect(sum[1] == 0 && best[1] == 0)
  }

  @Test func analyzedCorpusRanksTheMatchingClaimFirst() {
    let analyzer = TextAnalyzer.standard
    let claims = [
      "Every U.S. administration since 1967 has opposed Israeli settlement activity.",
      "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.",
      "McDonald’s restaurants are offering $1 Any Size Fries.",
    ]
    let index = BM25Index(documents: claims.map { [analyzer.terms($0)] })
    let scores = index.scores(analyzer.terms("huge anaconda swims a river"), combination: .weightedSum([1]))
    #expect(TopK.indices(of: scores, k: 1) == [1])
  }
}
