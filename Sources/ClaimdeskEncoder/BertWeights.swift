import Foundation

/// Every tensor the forward pass reads, loaded from model.safetensors and checked against
/// the shapes config.json implies.
struct BertWeights: Sendable {
  let wordEmbeddings: [Float]
  let positionEmbeddings: [Float]
  /// Row 0 of token_type_embeddings: single-sentence input is all type 0.
  let tokenTypeEmbedding: [Float]
  let embeddingNormScale: [Float]
  let embeddingNormShift: [Float]
  let layers: [LayerWeights]

  init(file: SafeTensorsFile, config: BertConfig, packForSIMD: Bool) throws {
    // Exports from BertForX models prefix every name with "bert.".
    let prefix = file.header.entries["bert.embeddings.word_embeddings.weight"] != nil ? "bert." : ""
    func tensor(_ name: String, _ shape: [Int]) throws -> [Float] {
      let (found, values) = try file.floats(prefix + name)
      guard found == shape else { throw EncoderError.shapeMismatch(name: prefix + name, expected: shape, found: found) }
      return values
    }
    let hidden = config.hiddenSize
    let inner = config.intermediateSize
    func linear(_ name: String, input: Int, output: Int) throws -> LinearWeights {
      LinearWeights(
        weight: try tensor("\(name).weight", [output, input]), bias: try tensor("\(name).bias", [output]),
        inputSize: input, outputSize: output, packForSIMD: packForSIMD)
    }
    wordEmbeddings = try tensor("embeddings.word_embeddings.weight", [config.vocabularySize, hidden])
    positionEmbeddings = try tensor("embeddings.position_embeddings.weight", [config.maximumPositions, hidden])
    tokenTypeEmbedding = Array(
      try tensor("embeddings.token_type_embeddings.weight", [config.typeVocabularySize, hidden]).prefix(hidden))
    embeddingNormScale = try tensor("embeddings.LayerNorm.weight", [hidden])
    embeddingNormShift = try tensor("embeddings.LayerNorm.bias", [hidden])
    layers = try (0..<config.layerCount).map { index in
      let layer = "encoder.layer.\(index)"
      let parts = ["query", "key", "value"]
      let stackedWeight = try parts.flatMap { try tensor("\(layer).attention.self.\($0).weight", [hidden, hidden]) }
      let stackedBias = try parts.flatMap { try tensor("\(layer).attention.self.\($0).bias", [hidden]) }
      return LayerWeights(
        queryKeyValue: LinearWeights(
          weight: stackedWeight, bias: stackedBias, inputSize: hidden, outputSize: 3 * hidden, packForSIMD: packForSIMD),
        attentionOutput: try linear("\(layer).attention.output.dense", input: hidden, output: hidden),
        attentionNormScale: try tensor("\(layer).attention.output.LayerNorm.weight", [hidden]),
        attentionNormShift: try tensor("\(layer).attention.output.LayerNorm.bias", [hidden]),
        intermediate: try linear("\(layer).intermediate.dense", input: hidden, output: inner),
        output: try linear("\(layer).output.dense", input: inner, output: hidden),
        outputNormScale: try tensor("\(layer).output.LayerNorm.weight", [hidden]),
        outputNormShift: try tensor("\(layer).output.LayerNorm.bias", [hidden]))
    }
  }
}
