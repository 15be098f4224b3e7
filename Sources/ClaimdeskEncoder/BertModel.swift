import Foundation

/// The BERT encoder plus sentence-transformers' mean pooling and L2 normalisation.
struct BertModel: Sendable {
  let config: BertConfig
  let weights: BertWeights
  let backend: ComputeBackend

  /// One unit-length embedding per sentence of input ids (each non-empty, within
  /// `config.maximumSequenceLength`). The sentences are packed end to end into one
  /// [tokens, hidden] matrix, so dense layers run as single large products.
  func embed(_ batch: [[Int32]]) -> [[Float]] {
    let hidden = config.hiddenSize
    var sentences: [Range<Int>] = []
    var tokens = 0
    for ids in batch {
      sentences.append(tokens..<(tokens + ids.count))
      tokens += ids.count
    }
    let state = UnsafeMutablePointer<Float>.allocate(capacity: tokens * hidden)
    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: tokens * hidden)
    let wide = UnsafeMutablePointer<Float>.allocate(capacity: tokens * max(3 * hidden, config.intermediateSize))
    defer {
      state.deallocate()
      scratch.deallocate()
      wide.deallocate()
    }
    embedTokens(batch, into: state)
    for layer in weights.layers {
      linear(layer.queryKeyValue, input: state, rows: tokens, output: wide)
      attention(wide, context: scratch, sentences: sentences)
      linear(layer.attentionOutput, input: scratch, rows: tokens, output: wide)
      // wide holds the attention output; adding it into state keeps state the residual stream.
      LayerNorm.apply(
        state, adding: wide, count: tokens, width: hidden, scale: layer.attentionNormScale,
        shift: layer.attentionNormShift, epsilon: config.layerNormEpsilon)
      linear(layer.intermediate, input: state, rows: tokens, output: wide)
      GELU.apply(wide, count: tokens * config.intermediateSize)
      linear(layer.output, input: wide, rows: tokens, output: scratch)
      LayerNorm.apply(
        state, adding: scratch, count: tokens, width: hidden, scale: layer.outputNormScale,
        shift: layer.outputNormShift, epsilon: config.layerNormEpsilon)
    }
    return sentences.map { meanPooledUnitVector(state, rows: $0) }
  }

  private func linear(
    _ layer: LinearWeights, input: UnsafePointer<Float>, rows: Int, output: UnsafeMutablePointer<Float>
  ) {
    switch backend {
    case .openBLAS: BLASMatrixKernel.linear(layer, input: input, rows: rows, output: output)
    case .simd: SIMDMatrixKernel.linear(layer, input: input, rows: rows, output: output)
    }
  }

  private func attention(_ queryKeyValue: UnsafePointer<Float>, context: UnsafeMutablePointer<Float>, sentences: [Range<Int>]) {
    switch backend {
    case .openBLAS:
      BLASAttention.apply(
        queryKeyValue: queryKeyValue, context: context, sentences: sentences, hiddenSize: config.hiddenSize,
        headCount: config.headCount)
    case .simd:
      SIMDAttention.apply(
        queryKeyValue: queryKeyValue, context: context, sentences: sentences, hiddenSize: config.hiddenSize,
        headCount: config.headCount)
    }
  }

  /// word + position + token type 0 embeddings, then LayerNorm.
  private func embedTokens(_ batch: [[Int32]], into state: UnsafeMutablePointer<Float>) {
    let hidden = config.hiddenSize
    var row = 0
    for ids in batch {
      for (position, id) in ids.enumerated() {
        let x = state + row * hidden
        let word = Int(id) * hidden
        let place = position * hidden
        for i in 0..<hidden {
          x[i] = weights.wordEmbeddings[word + i] + weights.positionEmbeddings[place + i] + weights.tokenTypeEmbedding[i]
        }
        row += 1
      }
    }
    LayerNorm.apply(
      state, adding: nil, count: row, width: hidden, scale: weights.embeddingNormScale,
      shift: weights.embeddingNormShift, epsilon: config.layerNormEpsilon)
  }

  /// Mean over the sentence's token rows (all real tokens: the batch has no padding),
  /// scaled to unit length as sentence-transformers' Normalize module does.
  private func meanPooledUnitVector(_ state: UnsafePointer<Float>, rows: Range<Int>) -> [Float] {
    let hidden = config.hiddenSize
    var sum = [Double](repeating: 0, count: hidden)
    for row in rows {
      let x = state + row * hidden
      for i in 0..<hidden { sum[i] += Double(x[i]) }
    }
    let count = Double(rows.count)
    let mean = sum.map { $0 / count }
    let norm = max(mean.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-12)
    return mean.map { Float($0 / norm) }
  }
}
