import Foundation

/// The BERT dimensions the forward pass needs, from config.json and
/// sentence_bert_config.json; absent keys take all-MiniLM-L6-v2's values.
struct BertConfig: Equatable, Sendable {
  var hiddenSize = 384
  var layerCount = 6
  var headCount = 12
  var intermediateSize = 1536
  var vocabularySize = 30522
  var maximumPositions = 512
  var typeVocabularySize = 2
  var layerNormEpsilon: Float = 1e-12
  /// Input ids per sentence, [CLS] and [SEP] included (sentence-transformers' max_seq_length).
  var maximumSequenceLength = 256

  var headSize: Int { hiddenSize / headCount }

  init() {}

  init(modelDirectory: URL) throws {
    let configURL = modelDirectory.appendingPathComponent("config.json")
    guard let data = FileManager.default.contents(atPath: configURL.path),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { throw EncoderError.missingFile(path: configURL.path) }
    func int(_ key: String, _ fallback: Int) -> Int { (json[key] as? NSNumber)?.intValue ?? fallback }
    hiddenSize = int("hidden_size", hiddenSize)
    layerCount = int("num_hidden_layers", layerCount)
    headCount = int("num_attention_heads", headCount)
    intermediateSize = int("intermediate_size", intermediateSize)
    vocabularySize = int("vocab_size", vocabularySize)
    maximumPositions = int("max_position_embeddings", maximumPositions)
    typeVocabularySize = int("type_vocab_size", typeVocabularySize)
    layerNormEpsilon = (json["layer_norm_eps"] as? NSNumber)?.floatValue ?? layerNormEpsilon
    let sentenceURL = modelDirectory.appendingPathComponent("sentence_bert_config.json")
    if let data = FileManager.default.contents(atPath: sentenceURL.path),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let length = (json["max_seq_length"] as? NSNumber)?.intValue
    {
      maximumSequenceLength = length
    }
    maximumSequenceLength = min(maximumSequenceLength, maximumPositions)
  }
}
