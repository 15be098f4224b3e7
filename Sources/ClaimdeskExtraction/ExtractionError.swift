import ClaimdeskSupport
/// Failures of the extraction tools (the evaluation of attribution against labels).
public enum ExtractionError: ClaimdeskFailure, Equatable {
  /// A file could not be read.
  case unreadable(path: String, reason: String)
  /// A line of a labels file is not a valid label.
  case invalidLabel(path: String, line: Int, reason: String)
  /// The articles file is not `{id: {articleBody, url}}` JSON.
  case invalidArticles(path: String, reason: String)
  /// A line of a news unit labels file (`training/news/labels.jsonl`) is not a valid label.
  case invalidUnitLabel(path: String, line: Int, reason: String)
  /// A line of a speaker labels file (`eval/speakers/*.jsonl`) is not a valid label.
  case invalidSpeakerLabel(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "cannot read \(path): \(reason); check the path (see README, \"Claim extraction\")"
    case .invalidLabel(let path, let line, let reason):
      return "\(path):\(line): \(reason); each line must be {\"article\", \"start\", \"end\", \"speaker\", \"hedges\", \"kinds\"}"
    case .invalidArticles(let path, let reason):
      return "\(path): \(reason); expected the AEB ground-truth.json ({id: {articleBody, url}})"
    case .invalidUnitLabel(let path, let line, let reason):
      return "\(path):\(line): \(reason); each line must be {\"page\", \"unit\", \"label\"}"
    case .invalidSpeakerLabel(let path, let line, let reason):
      return "\(path):\(line): \(reason); each line must be {\"page\", \"unit\", \"sentence\", \"speaker\"}"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .unreadable: return .noInput
    case .invalidLabel, .invalidArticles, .invalidUnitLabel, .invalidSpeakerLabel: return .dataError
    }
  }
}
