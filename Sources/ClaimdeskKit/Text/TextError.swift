/// Why a document could not be read as text.
public enum TextError: ClaimdeskFailure, Equatable {
  /// The first 64 KB hold NUL bytes or mostly control bytes: an image, archive or executable.
  case binary(origin: String)
  /// The file or standard input could not be opened or read (missing, a folder, no permission).
  case unreadable(origin: String, reason: String)
  /// The document is HTML and this build has no HTML reader plugged in yet.
  case htmlNotSupported(origin: String)

  public var description: String {
    switch self {
    case .binary(let origin):
      return "\(origin) looks binary, not text"
    case .unreadable(let origin, let reason):
      return "cannot read \(origin): \(reason); check the path and its permissions"
    case .htmlNotSupported(let origin):
      return "\(origin) is HTML, which this build cannot read yet; save it as text or Markdown, or pass --format text"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .binary: return .dataError
    case .unreadable: return .noInput
    case .htmlNotSupported: return .unavailable
    }
  }
}
