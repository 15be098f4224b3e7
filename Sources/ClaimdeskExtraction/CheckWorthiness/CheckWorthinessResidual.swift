/// A correction learned on news units and added to the shipped model's weights: a sparse
/// weight vector over the same features and a bias. Adding it gives one linear model, so the
/// adapted scorer costs exactly what the shipped one does.
public struct CheckWorthinessResidual: Sendable, Equatable {
  let hashBits: Int
  /// Feature indices, increasing, and their weights.
  let indices: [Int32]
  let weights: [Float]
  let bias: Float

  init(hashBits: Int, indices: [Int32], weights: [Float], bias: Float) {
    self.hashBits = hashBits
    self.indices = indices
    self.weights = weights
    self.bias = bias
  }

  /// The nonzero entries of a dense fit.
  init(hashBits: Int, dense: [Double], bias: Double) {
    var indices: [Int32] = []
    var weights: [Float] = []
    for (i, w) in dense.enumerated() where w != 0 {
      indices.append(Int32(i))
      weights.append(Float(w))
    }
    self.init(hashBits: hashBits, indices: indices, weights: weights, bias: Float(bias))
  }

  /// `base` with this correction added; nil when they are not over the same features.
  public func applied(to base: CheckWorthinessModel) -> CheckWorthinessModel? {
    guard base.featurizer.hashBits == hashBits,
      indices.allSatisfy({ Int($0) < base.weights.count })
    else { return nil }
    var weights = base.weights
    for (i, w) in zip(indices, self.weights) { weights[Int(i)] += w }
    return CheckWorthinessModel(
      featurizer: base.featurizer, weights: weights, bias: base.bias + bias, thresholdLogit: base.thresholdLogit)
  }
}
