/// Precision, recall and F1 of the positive class, and average precision, as scikit-learn
/// computes them (`average_precision_score`: tied scores are one step of the curve).
public struct RankingMetrics: Sendable, Equatable {
  public var precision: Double
  public var recall: Double
  public var f1: Double
  public var averagePrecision: Double
  public var count: Int
  public var positives: Int

  /// `scores` and `labels` in the same order; a score at or above `threshold` is positive.
  public init(scores: [Double], labels: [Bool], threshold: Double = 0.5) {
    var truePositives = 0
    var predicted = 0
    for (score, label) in zip(scores, labels) where score >= threshold {
      predicted += 1
      if label { truePositives += 1 }
    }
    positives = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
    count = labels.count
    precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
    recall = positives == 0 ? 0 : Double(truePositives) / Double(positives)
    f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    averagePrecision = Self.averagePrecision(scores: scores, labels: labels)
  }

  public static func averagePrecision(scores: [Double], labels: [Bool]) -> Double {
    let total = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
    guard total > 0 else { return 0 }
    let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    var sum = 0.0
    var seen = 0
    var hits = 0
    var previousRecall = 0.0
    var k = 0
    while k < order.count {
      let score = scores[order[k]]
      while k < order.count && scores[order[k]] == score {
        seen += 1
        if labels[order[k]] { hits += 1 }
        k += 1
      }
      let recall = Double(hits) / Double(total)
      sum += (recall - previousRecall) * Double(hits) / Double(seen)
      previousRecall = recall
    }
    return sum
  }

  /// The threshold on `scores` that maximises F1 of the positive class (the midpoint between
  /// the last score kept and the next one, so it does not sit on a training score).
  static func bestF1Threshold(scores: [Double], labels: [Bool]) -> Double {
    let total = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
    let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    var best = (f1: -1.0, threshold: 0.5)
    var hits = 0
    for (rank, row) in order.enumerated() {
      if labels[row] { hits += 1 }
      if rank + 1 < order.count && scores[order[rank + 1]] == scores[row] { continue }
      let f1 = 2 * Double(hits) / Double(rank + 1 + total)
      if f1 > best.f1 {
        let next = rank + 1 < order.count ? scores[order[rank + 1]] : scores[row] - 1e-6
        best = (f1, (scores[row] + next) / 2)
      }
    }
    return best.threshold
  }
}
