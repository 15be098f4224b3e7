import ClaimdeskSupport

public enum UserStoreError: ClaimdeskFailure, Equatable {
  case exists(String)
  case unknown(String)
  case badName(String)
  case weakPassword
  case longPassword
  case unreadable(path: String, reason: String)
  case unwritable(path: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .exists, .badName, .weakPassword, .longPassword: .dataError
    case .unknown: .noInput
    case .unreadable: .ioError
    case .unwritable: .cannotCreate
    }
  }

  public var description: String {
    switch self {
    case .exists(let name): "user \(name) exists already; change the password with `claimdesk users passwd \(name)`"
    case .unknown(let name): "no user \(name); `claimdesk users list` shows who has an account"
    case .badName(let name): "'\(name)' is not a usable name: 1 to 64 letters, digits, '.', '_' or '-'"
    case .weakPassword: "the password is too short: use at least 10 characters"
    case .longPassword: "the password is too long: bcrypt reads at most 72 bytes"
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
