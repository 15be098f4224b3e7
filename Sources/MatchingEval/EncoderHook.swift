import ClaimdeskEncoder
import ClaimdeskMatching
import Foundation

/// The Swift all-MiniLM-L6-v2 encoder behind the matching protocol.
struct EncoderEmbedding: SentenceEmbedding {
  let encoder: SentenceEncoder
  var digest: String { encoder.modelDigest }
  func embed(_ texts: [String]) -> [[Float]] { encoder.encode(texts) }
}

/// Where the Swift sentence encoder plugs in: the model is found as the encoder finds it
/// (CLAIMDESK_MODEL, else the XDG data folder). Without it the run says so once and stays lexical.
enum EncoderHook {
  static func load() -> (any SentenceEmbedding)? {
    guard let directory = ModelLocator.locate(explicitPath: nil) else {
      print("no sentence-encoder model found (run scripts/install-model): lexical only")
      return nil
    }
    do {
      return EncoderEmbedding(encoder: try SentenceEncoder(modelDirectory: directory))
    } catch {
      print("cannot load the sentence encoder (\(error)): lexical only")
      return nil
    }
  }
}
