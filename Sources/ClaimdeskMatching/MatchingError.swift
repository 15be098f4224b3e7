/// Errors of import and evaluation, each one line naming the file (and line, where one is
/// known) so a user can open the spot: "claims.csv:12: unterminated quoted field".
public enum MatchingError: Error, CustomStringConvertible, Equatable {
  case invalidFile(String, line: Int?, String)

  public var description: String {
    switch self {
    case .invalidFile(let path, let line, let message):
      if let line { return "\(path):\(line): \(message)" }
      return "\(path): \(message)"
    }
  }
}
