import Foundation

/// Why a `SentenceEncoder` could not be built from a model folder.
public enum EncoderError: Error, Equatable, CustomStringConvertible {
  /// A file the model needs (`model.safetensors`, `vocab.txt`, `config.json`) is absent or unreadable.
  case missingFile(path: String)
  /// `model.safetensors` does not start with a valid length-prefixed JSON header, or a
  /// tensor's entry in it (dtype, shape, offsets) is malformed or points outside the file.
  case badSafeTensorsHeader(path: String, reason: String)
  /// The weights file lacks a tensor the BERT forward pass reads.
  case missingTensor(name: String, path: String)
  /// vocab.txt lacks one of the special tokens ([UNK], [CLS], [SEP]) BERT input needs.
  case badVocabulary(path: String, missingToken: String)
  /// A tensor's shape differs from the one `config.json` implies.
  case shapeMismatch(name: String, expected: [Int], found: [Int])

  public var description: String {
    switch self {
    case .missingFile(let path):
      return "model file \(path) is missing or unreadable; run scripts/install-model or point CLAIMDESK_MODEL at an all-MiniLM-L6-v2 folder"
    case .badSafeTensorsHeader(let path, let reason):
      return "\(path) is not a valid safetensors file (\(reason)); reinstall the model with scripts/install-model --force"
    case .missingTensor(let name, let path):
      return "tensor \(name) not found in \(path); the folder holds a different model, install all-MiniLM-L6-v2 with scripts/install-model --force"
    case .badVocabulary(let path, let token):
      return "\(path) has no \(token) entry, so it is not a BERT vocabulary; reinstall the model with scripts/install-model --force"
    case .shapeMismatch(let name, let expected, let found):
      return "tensor \(name) has shape \(found), config.json implies \(expected); config.json and model.safetensors come from different models, reinstall with scripts/install-model --force"
    }
  }
}
