extension CheckWorthinessModel {
  /// The model trained on CT24 train and CLEF 2019 training, compiled into the binary
  /// (`ShippedCheckWorthinessWeights.swift`). Generated data that does not decode is a broken
  /// build: the program stops saying so, rather than quietly scoring every sentence 0.5.
  public static let shipped: CheckWorthinessModel = {
    guard let model = CheckWorthinessModelEncoding.decode(base64: shippedEncoding) else {
      fatalError("ShippedCheckWorthinessWeights.swift does not decode; regenerate it: \(CheckWorthinessModelEncoding.regenerateCommand)")
    }
    return model
  }()

  /// The Swift source of this model, as `claimdesk train --out` writes it.
  public func generatedSource(summary: [String]) -> String {
    CheckWorthinessModelEncoding.swiftSource(self, summary: summary)
  }
}
