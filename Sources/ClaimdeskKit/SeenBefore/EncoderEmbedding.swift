import ClaimdeskEncoder
import ClaimdeskMatching

/// The Swift all-MiniLM-L6-v2 encoder behind matching's embedding protocol.
struct EncoderEmbedding: SentenceEmbedding {
  let encoder: SentenceEncoder
  var digest: String { encoder.modelDigest }
  func embed(_ texts: [String]) -> [[Float]] { encoder.encode(texts) }
}
