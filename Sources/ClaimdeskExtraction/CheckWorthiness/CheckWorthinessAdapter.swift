import Foundation

/// Fits a correction of the shipped model on labelled news units: a logistic regression whose
/// every unit starts from the logit the shipped model and the rules give it (`offset`), so only
/// what the news labels support moves, and with no news evidence the scorer stays the shipped
/// one. The L2 strength is chosen by cross-validation over pages: the average precision of the
/// claims among each fold's units, and, by the one-standard-error rule, the strongest L2 whose
/// mean is within one standard error of the best mean (the folds cannot tell those apart, and
/// the smaller correction keeps more of what the shipped model learnt from 39,000 sentences).
/// Then the residual is refitted on every page. Same examples and seed, same residual, bit for bit.
public struct CheckWorthinessAdapter: Sendable {
  public var seed: UInt64
  var hashBits = 20
  var folds = 5
  var epochs = 10
  var learningRate = 0.1
  /// Strongest first.
  var l2Grid = [1e-2, 3e-3, 1e-3, 3e-4, 1e-4]

  public init(seed: UInt64 = 1) { self.seed = seed }

  /// What adapting found besides the residual.
  public struct Outcome: Sendable {
    public var residual: CheckWorthinessResidual
    public var l2: Double
    /// The mean over folds of each fold's average precision, and its standard error, for each
    /// L2 tried, in the grid's order.
    public var grid: [(l2: Double, averagePrecision: Double, standardError: Double)]
    /// The units' final scores before (offsets alone) and after, out of fold.
    public var before: [Double]
    public var outOfFold: [Double]
    public var labels: [Bool]
    public var pages: Int
  }

  public func adapt(_ examples: [AdaptationExample]) throws -> Outcome {
    let positives = examples.reduce(0) { $0 + ($1.isCheckWorthy ? 1 : 0) }
    guard positives > 0, positives < examples.count else {
      throw CheckWorthinessError.oneClass(positives: positives, total: examples.count)
    }
    let featurizer = SentenceFeaturizer(hashBits: hashBits)
    var matrix = FeatureMatrix()
    for example in examples { matrix.append(example.text, previous: example.previous, featurizer: featurizer) }
    let labels = examples.map(\.isCheckWorthy)
    let offsets = examples.map(\.offset)

    var groups = Array(Set(examples.map(\.group))).sorted()
    var random = SplitMix64(seed: seed ^ 0xada9_7ed5)
    for i in stride(from: groups.count - 1, to: 0, by: -1) { groups.swapAt(i, random.below(i + 1)) }
    var foldOfGroup: [String: Int] = [:]
    for (k, group) in groups.enumerated() { foldOfGroup[group] = k % folds }
    let fold = examples.map { foldOfGroup[$0.group] ?? 0 }

    var grid: [(l2: Double, averagePrecision: Double, standardError: Double)] = []
    var scoresByL2: [[Double]] = []
    for l2 in l2Grid {
      var scores = [Double](repeating: 0, count: examples.count)
      var foldPrecisions: [Double] = []
      for f in 0..<folds {
        let trainRows = examples.indices.filter { fold[$0] != f }
        let testRows = examples.indices.filter { fold[$0] == f }
        guard !trainRows.isEmpty, !testRows.isEmpty else { continue }
        let fitted = fit(
          matrix.subset(trainRows), labels: trainRows.map { labels[$0] }, offsets: trainRows.map { offsets[$0] },
          l2: l2, dimension: featurizer.dimension)
        for row in testRows {
          scores[row] = Self.sigmoid(offsets[row] + Self.margin(matrix, row: row, fitted))
        }
        foldPrecisions.append(
          RankingMetrics.averagePrecision(scores: testRows.map { scores[$0] }, labels: testRows.map { labels[$0] }))
      }
      let n = Double(foldPrecisions.count)
      let mean = foldPrecisions.reduce(0, +) / n
      let variance = foldPrecisions.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, n - 1)
      grid.append((l2, mean, (variance / n).squareRoot()))
      scoresByL2.append(scores)
    }
    let best = grid.indices.max { grid[$0].averagePrecision < grid[$1].averagePrecision }!
    let bar = grid[best].averagePrecision - grid[best].standardError
    let choice = grid.indices.first { grid[$0].averagePrecision >= bar }!
    let chosen = (l2: grid[choice].l2, scores: scoresByL2[choice])
    let fitted = fit(matrix, labels: labels, offsets: offsets, l2: chosen.l2, dimension: featurizer.dimension)
    return Outcome(
      residual: CheckWorthinessResidual(hashBits: hashBits, dense: fitted.weights, bias: fitted.bias),
      l2: chosen.l2, grid: grid, before: offsets.map(Self.sigmoid), outOfFold: chosen.scores, labels: labels,
      pages: groups.count)
  }

  private func fit(
    _ matrix: FeatureMatrix, labels: [Bool], offsets: [Double], l2: Double, dimension: Int
  ) -> (weights: [Double], bias: Double) {
    let trainer = LogisticRegressionTrainer(epochs: epochs, learningRate: learningRate, l2: l2, seed: seed)
    return trainer.fit(matrix, labels: labels, dimension: dimension, offsets: offsets)
  }

  private static func margin(_ matrix: FeatureMatrix, row: Int, _ fitted: (weights: [Double], bias: Double)) -> Double {
    var z = fitted.bias
    for k in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
      z += fitted.weights[Int(matrix.indices[k])] * Double(matrix.values[k])
    }
    return z
  }

  static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
