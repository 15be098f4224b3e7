import ClaimdeskSupport
/// Failures of a whole fetch run (one URL failing is a `FetchFailure` in its result instead).
public enum FetchError: ClaimdeskFailure, Equatable {
  /// The snapshot folder could not be created.
  case cannotCreateSnapshotDirectory(path: String, reason: String)
  /// A WARC file could not be written.
  case cannotWriteSnapshot(path: String)
  /// The `--ca-file` bundle does not exist or cannot be read.
  case unreadableCAFile(path: String)
  /// An option is out of range.
  case invalidOption(String)
  /// libcurl could not be initialised.
  case curlUnavailable(String)

  public var description: String {
    switch self {
    case .cannotCreateSnapshotDirectory(let path, let reason):
      return "cannot create the snapshot folder \(path): \(reason); check the path and its permissions"
    case .cannotWriteSnapshot(let path):
      return "cannot write the snapshot \(path); check free space and permissions"
    case .unreadableCAFile(let path):
      return "cannot read the CA file \(path); give a readable PEM bundle"
    case .invalidOption(let message):
      return message
    case .curlUnavailable(let message):
      return "libcurl is unavailable: \(message)"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .cannotCreateSnapshotDirectory, .cannotWriteSnapshot: return .cannotCreate
    case .unreadableCAFile: return .noInput
    case .invalidOption: return .usage
    case .curlUnavailable: return .software
    }
  }
}
