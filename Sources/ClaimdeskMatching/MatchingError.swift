import ClaimdeskSupport

/// Errors of import and evaluation, each one line naming the file (and line, where one is
/// known) so a user can open the spot: "claims.csv:12: unterminated quoted field".
public enum MatchingError: ClaimdeskFailure, Equatable {
  /// A fact-check, query or qrels file that cannot be read or parsed.
  case invalidFile(String, line: Int?, String)

  public var exitStatus: ExitStatus { .dataError }

  /// Nil: the description names the file and line itself (matching-eval prints it alone).
  public var location: String? { nil }

  public var description: String {
    switch self {
    case .invalidFile(let path, let line, let message):
      if let line { return "\(path):\(line): \(message)" }
      return "\(path): \(message)"
    }
  }
}
