import ClaimdeskSupport

/// What can go wrong with a checkpoint key file.
public enum KeyFileError: ClaimdeskFailure, Equatable {
  case insideWorkspace(path: String, workspace: String, option: String)
  case missing(path: String)
  case unreadable(path: String, what: String)
  case cannotCreate(path: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .insideWorkspace: .usage
    case .missing: .noInput
    case .unreadable: .dataError
    case .cannotCreate: .cannotCreate
    }
  }

  public var description: String {
    switch self {
    case .insideWorkspace(let path, let workspace, let option):
      "\(option) \(path) is inside the workspace \(workspace): a key kept beside the ledger signs whatever rewrote it; keep it outside (e.g. in ~/.config/claimdesk/)"
    case .missing(let path):
      "no key file at \(path); make one with `claimdesk ledger keygen --out FILE`"
    case .unreadable(let path, let what):
      "\(path) is not \(what)"
    case .cannotCreate(let path, let reason):
      "cannot create \(path): \(reason) (keygen never overwrites a key; choose a new path)"
    }
  }
}
