/// Scores how check-worthy a sentence is, in [0, 1]; 0.5 is the decision threshold.
/// The extractor takes any scorer so rules and the learned model can be tested apart.
public protocol CheckWorthinessScoring: Sendable {
  /// `previous` is the sentence before it in the same document or transcript, when known.
  func score(_ sentence: String, previous: String?) -> Double
}
