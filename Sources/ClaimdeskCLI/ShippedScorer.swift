import ClaimdeskKit

/// The check-worthiness scorer the commands use.
enum ShippedScorer {
  static let current: any CheckWorthinessScoring = NeutralScorer()
}

/// Interim scorer until the trained model is merged: every sentence 0.5, so the rules decide.
struct NeutralScorer: CheckWorthinessScoring {
  func score(_ sentence: String, previous: String?) -> Double { 0.5 }
}
