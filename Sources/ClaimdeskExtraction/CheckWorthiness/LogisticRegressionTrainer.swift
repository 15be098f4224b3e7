import Foundation

/// Logistic regression fitted by AdaGrad stochastic gradient descent with L2 regularisation.
/// Deterministic: one thread, a seeded shuffle, and a fixed order of floating-point operations.
struct LogisticRegressionTrainer {
  var epochs = 10
  var learningRate = 0.1
  var l2 = 1e-5
  var seed: UInt64 = 1

  /// Weights per feature and the bias. `offsets`, when given, is a fixed logit added to each
  /// row's (a prior the fit corrects: `CheckWorthinessAdapter`'s residual on the shipped model).
  func fit(
    _ matrix: FeatureMatrix, labels: [Bool], dimension: Int, offsets: [Double]? = nil
  ) -> (weights: [Double], bias: Double) {
    var weights = [Double](repeating: 0, count: dimension)
    var squares = [Double](repeating: 1e-8, count: dimension)
    var bias = 0.0
    var biasSquares = 1e-8
    var order = Array(0..<matrix.rowCount)
    var random = SplitMix64(seed: seed)
    matrix.indices.withUnsafeBufferPointer { indices in
      matrix.values.withUnsafeBufferPointer { values in
        for _ in 0..<epochs {
          for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, random.below(i + 1))
          }
          for row in order {
            let range = matrix.rowStarts[row]..<matrix.rowStarts[row + 1]
            var z = bias + (offsets?[row] ?? 0)
            for k in range { z += weights[Int(indices[k])] * Double(values[k]) }
            let p = 1 / (1 + exp(-z))
            let g = p - (labels[row] ? 1 : 0)
            for k in range {
              let j = Int(indices[k])
              let gradient = g * Double(values[k]) + l2 * weights[j]
              squares[j] += gradient * gradient
              weights[j] -= learningRate * gradient / squares[j].squareRoot()
            }
            biasSquares += g * g
            bias -= learningRate * g / biasSquares.squareRoot()
          }
        }
      }
    }
    return (weights, bias)
  }
}
