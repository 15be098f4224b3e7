import Foundation

/// Sentence embeddings from all-MiniLM-L6-v2: 384 floats of unit length per sentence,
/// matching sentence-transformers' `encode(..., normalize)` to cosine 0.9999.
public final class SentenceEncoder: Sendable {
  /// Sentences are grouped into batches of about this many tokens: large enough that the
  /// matrix products run near full speed, small enough to keep activations to ~40 MB.
  static let batchTokenBudget = 2048

  private let tokenizer: BertTokenizer
  private let model: BertModel
  private let digest: ModelDigest

  /// Loads `model.safetensors`, `vocab.txt` and `config.json` from `modelDirectory`
  /// (see `ModelLocator`). `backend` picks the matrix-product code; see `ComputeBackend`.
  public init(modelDirectory: URL, backend: ComputeBackend = .preferred) throws {
    let weightsURL = modelDirectory.appendingPathComponent("model.safetensors")
    let vocabularyURL = modelDirectory.appendingPathComponent("vocab.txt")
    let config = try BertConfig(modelDirectory: modelDirectory)
    let vocabulary = try Vocabulary(url: vocabularyURL)
    let file = try SafeTensorsFile(url: weightsURL)
    let weights = try BertWeights(file: file, config: config, packForSIMD: backend == .simd)
    tokenizer = BertTokenizer(vocabulary: vocabulary, maximumLength: config.maximumSequenceLength)
    model = BertModel(config: config, weights: weights, backend: backend)
    digest = ModelDigest(files: [weightsURL, vocabularyURL])
  }

  /// Length of every vector `encode` returns (384).
  public var dimension: Int { model.config.hiddenSize }

  /// Lower-case hex SHA-256 of model.safetensors followed by vocab.txt: names the exact
  /// model that produced stored vectors. Computed on first use, then cached.
  public var modelDigest: String { digest.value }

  /// One unit-length vector per sentence, in input order. Text past 254 wordpieces is cut,
  /// as sentence-transformers does; the empty string still gets a ([CLS] [SEP]) vector.
  public func encode(_ sentences: [String]) -> [[Float]] {
    let ids = sentences.map { tokenizer.ids($0) }
    var vectors = [[Float]](repeating: [], count: sentences.count)
    var start = 0
    while start < ids.count {
      var end = start
      var tokens = 0
      while end < ids.count, end == start || tokens + ids[end].count <= Self.batchTokenBudget {
        tokens += ids[end].count
        end += 1
      }
      for (offset, vector) in model.embed(Array(ids[start..<end])).enumerated() {
        vectors[start + offset] = vector
      }
      start = end
    }
    return vectors
  }

  /// The wordpiece ids `encode` feeds the model, [CLS] and [SEP] included.
  public func tokenIDs(_ sentence: String) -> [Int] {
    tokenizer.ids(sentence).map(Int.init)
  }
}
