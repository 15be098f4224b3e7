import Foundation

extension CheckWorthinessTrainer {
  /// Trains on `corpora` and renders the Swift source `claimdesk train` writes (the shipped
  /// `ShippedCheckWorthinessWeights.swift` with `--seed 1`), with the summary it quotes. One
  /// place, so that the command and the test that regenerates the shipped file agree byte for byte.
  public func generatedSource(_ corpora: [CheckWorthinessCorpus]) throws -> (source: String, summary: [String]) {
    let outcome = try train(corpora)
    let total = corpora.reduce(0) { $0 + $1.sentences.count }
    let cv = outcome.crossValidation
    let summary = [
      "Trained on \(corpora.count) files, \(total) sentences, seed \(seed).",
      "Threshold \(Self.fixed(outcome.threshold)) by 5-fold cross-validation on \(cv.count) tuning sentences:",
      "P \(Self.fixed(cv.precision)), R \(Self.fixed(cv.recall)), F1 \(Self.fixed(cv.f1)), AP \(Self.fixed(cv.averagePrecision)) out of fold.",
    ]
    return (outcome.model.generatedSource(summary: summary), summary)
  }

  private static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
}
