import ClaimdeskEncoder
import ClaimdeskMatching
import Foundation

/// The sentence encoder matching uses, found as the README says: `CLAIMDESK_MODEL`, else the
/// workspace's `config set model DIR`, else where `scripts/install-model` puts it. Without one,
/// matching is lexical and `note` says so (once per process: callers print it).
/// `CLAIMDESK_MODEL=none` asks for lexical matching without a note.
public struct MatchingModel: Sendable {
  public let embedding: (any SentenceEmbedding)?
  /// Why matching is lexical only, when it is and was not asked to be.
  public let note: String?
  /// Where embeddings are cached (`${XDG_CACHE_HOME:-~/.cache}/claimdesk/embeddings`).
  public let cache: EmbeddingCache?
  /// Told before a long embedding run (the first match on a large ledger), so a terminal user
  /// knows why it waits.
  public var announce: (@Sendable (String) -> Void)?

  public init(embedding: (any SentenceEmbedding)?, note: String? = nil, cache: EmbeddingCache? = nil) {
    self.embedding = embedding
    self.note = note
    self.cache = cache
  }

  /// Words alone, nothing cached.
  public static let lexical = MatchingModel(embedding: nil)

  public var method: String { embedding == nil ? "lexical" : "hybrid" }

  /// Loaded models by folder: a server matches many times, and loading reads 90 MB.
  private static let loaded = LoadedModels()

  public static func locate(
    configured: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> MatchingModel {
    let fromEnvironment = environment[ModelLocator.environmentKey] ?? ""
    if fromEnvironment == "none" { return .lexical }
    let explicit = fromEnvironment.isEmpty ? configured : nil
    guard let directory = ModelLocator.locate(explicitPath: explicit, environment: environment) else {
      let looked = explicit ?? (fromEnvironment.isEmpty ? ModelLocator.defaultDirectory(environment: environment).path : fromEnvironment)
      return MatchingModel(
        embedding: nil,
        note: "no sentence-encoder model at \(looked): seen-before matching is lexical only (run scripts/install-model, or set CLAIMDESK_MODEL or `claimdesk config set model DIR`)")
    }
    do {
      let cache = EmbeddingCache(directory: EmbeddingCache.defaultDirectory(environment: environment))
      return MatchingModel(embedding: try loaded.encoder(at: directory), cache: cache)
    } catch {
      return MatchingModel(embedding: nil, note: "cannot load the sentence encoder at \(directory.path) (\(error)): seen-before matching is lexical only")
    }
  }
}

/// Encoders loaded so far in this process, by folder.
private final class LoadedModels: @unchecked Sendable {
  private let lock = NSLock()
  private var encoders: [String: EncoderEmbedding] = [:]

  func encoder(at directory: URL) throws -> EncoderEmbedding {
    lock.lock()
    defer { lock.unlock() }
    if let known = encoders[directory.path] { return known }
    let encoder = EncoderEmbedding(encoder: try SentenceEncoder(modelDirectory: directory))
    encoders[directory.path] = encoder
    return encoder
  }
}
