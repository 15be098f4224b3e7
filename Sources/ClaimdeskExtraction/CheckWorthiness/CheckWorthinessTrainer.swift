/// Trains a `CheckWorthinessModel`. Shuffled sentences (CT24) and transcripts (CLEF 2019) label
/// different things (any check-worthy claim vs the few a fact-checker picked), so each gets its
/// own logistic regression and the shipped model is their average, itself one linear model.
/// The decision threshold is chosen by k-fold cross-validation of the combined model on the CT24
/// part. Same data and seed, same model, bit for bit.
public struct CheckWorthinessTrainer: Sendable {
  public var seed: UInt64
  /// 2^20 buckets: at 2^18 the n-grams of CT24 collide enough to cost out-of-fold AP.
  var hashBits = 20
  var folds = 5
  var epochs = 10
  var learningRate = 0.1
  var l2 = 1e-3
  /// The share of the transcript model in the average (fixed a priori, not tuned).
  var transcriptShare = 0.5

  public init(seed: UInt64 = 1) { self.seed = seed }

  /// What training found besides the model: the cross-validated threshold and figures.
  public struct Outcome: Sendable {
    public var model: CheckWorthinessModel
    /// The chosen threshold, a probability of the unshifted model.
    public var threshold: Double
    /// Out-of-fold figures of the tuning sentences at that threshold.
    public var crossValidation: RankingMetrics
  }

  public func train(_ corpora: [CheckWorthinessCorpus]) throws -> Outcome {
    let shuffled = corpora.filter { $0.format == .ct24 }.flatMap(\.sentences)
    let transcripts = corpora.filter { $0.format == .clef2019 }.flatMap(\.sentences)
    let all = shuffled + transcripts
    let positives = all.reduce(0) { $0 + ($1.isCheckWorthy ? 1 : 0) }
    guard positives > 0, positives < all.count else {
      throw CheckWorthinessError.oneClass(positives: positives, total: all.count)
    }
    // The threshold is tuned on the CT24 part when there is one; the other part, if any, joins
    // every fold, refitted without the fold's held-out sentences (CT24 train and the CLEF
    // transcripts share some 1,400 sentences), so out-of-fold scores are out of sample for
    // both models, as the shipped model's are on new data.
    let tuning = shuffled.isEmpty ? transcripts : shuffled
    let other = shuffled.isEmpty ? [] : transcripts
    let featurizer = SentenceFeaturizer(hashBits: hashBits)
    let matrix = FeatureMatrix(tuning, featurizer: featurizer)
    let labels = tuning.map(\.isCheckWorthy)

    var random = SplitMix64(seed: seed ^ 0x5eed_f01d)
    var order = Array(tuning.indices)
    for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
    var fold = [Int](repeating: 0, count: tuning.count)
    for (k, row) in order.enumerated() { fold[row] = k % folds }
    var outOfFold = [Double](repeating: 0, count: tuning.count)
    for f in 0..<folds {
      let trainRows = tuning.indices.filter { fold[$0] != f }
      let testRows = tuning.indices.filter { fold[$0] == f }
      guard !trainRows.isEmpty, !testRows.isEmpty else { continue }
      let heldOut = Set(testRows.map { tuning[$0].text })
      let otherModel = fitOptional(other.filter { !heldOut.contains($0.text) })
      let model = combine(fit(matrix.subset(trainRows), labels: trainRows.map { labels[$0] }), otherModel)
      for row in testRows { outOfFold[row] = model.score(tuning[row].text, previous: tuning[row].previous) }
    }
    let threshold = RankingMetrics.bestF1Threshold(scores: outOfFold, labels: labels)
    let model = combine(fit(matrix, labels: labels), fitOptional(other))
    return Outcome(
      model: model.withThreshold(threshold), threshold: threshold,
      crossValidation: RankingMetrics(scores: outOfFold, labels: labels, threshold: threshold))
  }

  /// The average of a shuffled-sentence model and a transcript model (0.5 threshold, no
  /// cross-validation): what leave-one-file-out evaluation needs, where only ranking counts.
  func fit(shuffled: [LabelledSentence], transcripts: [LabelledSentence]) -> CheckWorthinessModel? {
    switch (fitOptional(shuffled), fitOptional(transcripts)) {
    case (let a?, let b): combine(a, b)
    case (nil, let b): b
    }
  }

  private func combine(_ shuffled: CheckWorthinessModel, _ transcripts: CheckWorthinessModel?) -> CheckWorthinessModel {
    guard let transcripts else { return shuffled }
    return shuffled.averaged(with: transcripts, share: transcriptShare)
  }

  private func fitOptional(_ sentences: [LabelledSentence]) -> CheckWorthinessModel? {
    let positives = sentences.reduce(0) { $0 + ($1.isCheckWorthy ? 1 : 0) }
    guard positives > 0, positives < sentences.count else { return nil }
    let featurizer = SentenceFeaturizer(hashBits: hashBits)
    return fit(FeatureMatrix(sentences, featurizer: featurizer), labels: sentences.map(\.isCheckWorthy))
  }

  private func fit(_ matrix: FeatureMatrix, labels: [Bool]) -> CheckWorthinessModel {
    let featurizer = SentenceFeaturizer(hashBits: hashBits)
    let trainer = LogisticRegressionTrainer(epochs: epochs, learningRate: learningRate, l2: l2, seed: seed)
    let fitted = trainer.fit(matrix, labels: labels, dimension: featurizer.dimension)
    return CheckWorthinessModel(
      featurizer: featurizer, weights: fitted.weights.map { Float($0) }, bias: Float(fitted.bias),
      thresholdLogit: 0)
  }
}
