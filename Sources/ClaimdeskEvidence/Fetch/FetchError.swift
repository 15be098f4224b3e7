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
  /// A snapshot whose page does not hash to the digest its `source.fetched` event recorded (or
  /// that is missing from its store): altered or damaged, and never read as the page.
  case snapshotMismatch(name: String, store: String, reason: String)
  /// Other bytes offered under the name of a snapshot already kept: snapshots never change.
  case snapshotConflict(name: String, store: String)

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
    case .snapshotMismatch(let name, let store, let reason):
      return "the snapshot \(name) in \(store) cannot be trusted: \(reason); fetch the source again (`claimdesk fetch --refetch ID`)"
    case .snapshotConflict(let name, let store):
      return "\(store) already keeps a different snapshot named \(name); snapshots are never replaced: remove the stray copy by hand"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .cannotCreateSnapshotDirectory, .cannotWriteSnapshot: return .cannotCreate
    case .unreadableCAFile: return .noInput
    case .invalidOption: return .usage
    case .curlUnavailable: return .software
    case .snapshotMismatch, .snapshotConflict: return .dataError
    }
  }
}
