import ClaimdeskSupport
/// Why a document could not be read as text.
public enum TextError: ClaimdeskFailure, Equatable {
  /// The first 64 KB hold NUL bytes or mostly control bytes: an image, archive or executable.
  case binary(origin: String)
  /// The file or standard input could not be opened or read (missing, a folder, no permission).
  case unreadable(origin: String, reason: String)

  public var description: String {
    switch self {
    case .binary(let origin):
      return "\(origin) looks binary, not text"
    case .unreadable(let origin, let reason):
      return "cannot read \(origin): \(reason); check the path and its permissions"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .binary: return .dataError
    case .unreadable: return .noInput
    }
  }
}
