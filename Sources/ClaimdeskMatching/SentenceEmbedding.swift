/// A sentence encoder as matching sees it: the Swift MiniLM encoder, precomputed vectors,
/// or a test double. Vectors must be L2-normalised (cosine is then a dot product) and all
/// of one length.
public protocol SentenceEmbedding: Sendable {
  /// One unit-length vector per text, in input order.
  func embed(_ texts: [String]) -> [[Float]]
  /// Names the exact model (e.g. SHA-256 of its weights and vocabulary): the embedding
  /// cache is keyed by it, so changing the model never reuses stale vectors.
  var digest: String { get }
}
