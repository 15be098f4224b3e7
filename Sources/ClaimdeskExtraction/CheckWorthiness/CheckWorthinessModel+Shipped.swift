extension CheckWorthinessModel {
  /// The model trained on CT24 train and CLEF 2019 training, compiled into the binary
  /// (`ShippedCheckWorthinessWeights.swift`). A test checks that it decodes; were it ever
  /// corrupt, every sentence would score 0.5 rather than the program stopping.
  public static let shipped: CheckWorthinessModel =
    CheckWorthinessModelEncoding.decode(base64: shippedEncoding) ?? .uniform

  /// Scores every sentence 0.5.
  static let uniform = CheckWorthinessModel(
    featurizer: SentenceFeaturizer(hashBits: 1),
    weights: [Float](repeating: 0, count: SentenceFeaturizer(hashBits: 1).dimension),
    bias: 0, thresholdLogit: 0)

  /// The Swift source of this model, as `claimdesk train --out` writes it.
  public func generatedSource(summary: [String]) -> String {
    CheckWorthinessModelEncoding.swiftSource(self, summary: summary)
  }
}
