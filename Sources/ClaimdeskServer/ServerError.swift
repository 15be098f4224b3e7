import ClaimdeskSupport

/// Why the server will not start.
public enum ServerError: ClaimdeskFailure, Equatable {
  case noUsers(host: String)
  case badPort(Int)

  public var exitStatus: ExitStatus {
    switch self {
    case .noUsers: .usage
    case .badPort: .usage
    }
  }

  public var description: String {
    switch self {
    case .noUsers(let host):
      "serving on \(host) (not loopback) needs accounts: add one with `claimdesk users add NAME`, or bind to 127.0.0.1"
    case .badPort(let port): "port \(port) is not between 0 and 65535"
    }
  }
}
