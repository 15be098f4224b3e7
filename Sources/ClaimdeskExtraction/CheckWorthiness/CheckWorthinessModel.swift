import Foundation

/// The learned check-worthiness scorer: a logistic regression over `SentenceFeaturizer`
/// features. `score` is rescaled so that 0.5 is the decision threshold chosen by
/// cross-validation on the training data.
public struct CheckWorthinessModel: CheckWorthinessScoring, Sendable {
  let featurizer: SentenceFeaturizer
  /// One weight per feature: the hashed n-gram buckets, then the cues.
  let weights: [Float]
  let bias: Float
  /// The logit of the decision threshold; subtracted so the threshold maps to 0.5.
  let thresholdLogit: Float

  init(featurizer: SentenceFeaturizer, weights: [Float], bias: Float, thresholdLogit: Float) {
    self.featurizer = featurizer
    self.weights = weights
    self.bias = bias
    self.thresholdLogit = thresholdLogit
  }

  /// Check-worthiness in [0, 1]; 0.5 or more means check-worthy.
  public func score(_ sentence: String, previous: String?) -> Double {
    let z = Double(margin(sentence, previous: previous) - thresholdLogit)
    return 1 / (1 + exp(-z))
  }

  /// The raw logit, before the threshold shift.
  func margin(_ sentence: String, previous: String?) -> Float {
    featurizer.withFeatures(sentence, previous: previous) { ngrams, cues in
      weights.withUnsafeBufferPointer { w in
        var sum: Float = 0
        for index in ngrams { sum += w[Int(index)] }
        var total = bias + (ngrams.isEmpty ? 0 : sum / Float(ngrams.count).squareRoot())
        var bits = cues
        let cueBase = featurizer.bucketCount
        while bits != 0 {
          total += w[cueBase + bits.trailingZeroBitCount]
          bits &= bits - 1
        }
        return total
      }
    }
  }

  /// The weighted average of two models on the same features: `share` of `other`'s weights.
  func averaged(with other: CheckWorthinessModel, share: Double) -> CheckWorthinessModel {
    let a = Float(1 - share)
    let b = Float(share)
    return CheckWorthinessModel(
      featurizer: featurizer, weights: zip(weights, other.weights).map { a * $0 + b * $1 },
      bias: a * bias + b * other.bias, thresholdLogit: 0)
  }

  /// The model with another decision threshold (a probability of the unshifted model).
  func withThreshold(_ probability: Double) -> CheckWorthinessModel {
    let p = min(max(probability, 1e-6), 1 - 1e-6)
    return CheckWorthinessModel(
      featurizer: featurizer, weights: weights, bias: bias, thresholdLogit: Float(log(p / (1 - p))))
  }
}
