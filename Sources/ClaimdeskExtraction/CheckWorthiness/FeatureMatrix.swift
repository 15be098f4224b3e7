/// Sentences as sparse feature rows (compressed rows), the trainer's input. N-gram features
/// carry 1/sqrt(n-gram count), cues 1, as `CheckWorthinessModel.margin` computes them.
struct FeatureMatrix {
  var indices: [Int32] = []
  var values: [Float] = []
  var rowStarts: [Int] = [0]

  var rowCount: Int { rowStarts.count - 1 }

  init() {}

  init(_ sentences: [LabelledSentence], featurizer: SentenceFeaturizer) {
    for sentence in sentences { append(sentence.text, previous: sentence.previous, featurizer: featurizer) }
  }

  mutating func append(_ text: String, previous: String?, featurizer: SentenceFeaturizer) {
    featurizer.withFeatures(text, previous: previous) { ngrams, cues in
      let value = ngrams.isEmpty ? 0 : 1 / Float(ngrams.count).squareRoot()
      for index in ngrams {
        indices.append(index)
        values.append(value)
      }
      var bits = cues
      while bits != 0 {
        indices.append(Int32(featurizer.bucketCount + bits.trailingZeroBitCount))
        values.append(1)
        bits &= bits - 1
      }
    }
    rowStarts.append(indices.count)
  }

  /// The rows at `rows`, in that order.
  func subset(_ rows: [Int]) -> FeatureMatrix {
    var result = FeatureMatrix()
    for row in rows {
      result.indices.append(contentsOf: indices[rowStarts[row]..<rowStarts[row + 1]])
      result.values.append(contentsOf: values[rowStarts[row]..<rowStarts[row + 1]])
      result.rowStarts.append(result.indices.count)
    }
    return result
  }
}
