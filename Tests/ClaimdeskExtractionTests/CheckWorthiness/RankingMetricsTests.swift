import Testing
@testable import ClaimdeskExtraction

@Suite struct RankingMetricsTests {
  // Expected values from scikit-learn's precision_recall_fscore_support and average_precision_score.
  @Test(arguments: [
    ([0.9, 0.8, 0.7, 0.6], [true, false, true, false], 0.833_333),
    ([0.9, 0.9, 0.1], [true, false, true], 0.583_333),
    ([0.2, 0.4, 0.6], [false, false, true], 1.0),
    ([0.5, 0.5], [false, false], 0.0),
  ])
  func averagePrecision(scores: [Double], labels: [Bool], expected: Double) {
    #expect(abs(RankingMetrics.averagePrecision(scores: scores, labels: labels) - expected) < 1e-6)
  }

  @Test func precisionRecallAtThreshold() {
    let metrics = RankingMetrics(scores: [0.9, 0.6, 0.4, 0.7], labels: [true, false, true, true])
    #expect(metrics.precision == 2.0 / 3)
    #expect(metrics.recall == 2.0 / 3)
    #expect(abs(metrics.f1 - 2.0 / 3) < 1e-12)
    #expect(metrics.count == 4 && metrics.positives == 3)
  }

  @Test func bestF1ThresholdSitsBetweenScores() {
    let threshold = RankingMetrics.bestF1Threshold(
      scores: [0.9, 0.8, 0.3, 0.2], labels: [true, true, false, false])
    #expect(threshold == 0.55)
  }
}
