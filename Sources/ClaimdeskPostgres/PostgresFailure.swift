import PostgresNIO

/// Turns what postgres-nio throws into a one-line `PostgresLedgerError` with the right status.
enum PostgresFailure {
  static func map(_ error: any Error, url: LedgerDatabaseURL) -> PostgresLedgerError {
    if let error = error as? PostgresLedgerError { return error }
    let name = url.description
    guard let error = error as? PSQLError else {
      return .unavailable(url: name, reason: "\(error)")
    }
    if error.code == .server, let info = error.serverInfo {
      let state = info[.sqlState] ?? ""
      let message = info[.message] ?? "an error \(state)"
      switch state {
      // invalid_password, invalid_authorization_specification
      case "28P01", "28000": return .authentication(url: name, reason: message)
      // insufficient_privilege: logged in, but may not touch the ledger's tables
      case "42501": return .authentication(url: name, reason: message)
      // invalid_catalog_name: no such database
      case "3D000": return .unavailable(url: name, reason: message)
      // undefined_table: no Claimdesk schema
      case "42P01": return .notALedger(url: name, reason: message)
      default:
        // connection exceptions, the server shutting down or not yet up, a terminated backend
        if state.hasPrefix("08") || state.hasPrefix("57") || state == "53300" {
          return .unavailable(url: name, reason: message)
        }
        return .server(url: name, reason: message)
      }
    }
    switch error.code {
    case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
      return .authentication(url: name, reason: "the server asks for a password and none was found")
    case .sslUnsupported:
      return .unavailable(url: name, reason: "the server does not offer TLS, which sslmode=\(url.tls.rawValue) requires")
    default:
      return .unavailable(url: name, reason: cause(error))
    }
  }

  /// What went wrong beneath a connection error, without postgres-nio's deliberately vague
  /// wording (which hides query text, not the cause).
  static func cause(_ error: PSQLError) -> String {
    if let info = error.serverInfo, let message = info[.message] { return message }
    if let underlying = error.underlying {
      if let inner = underlying as? PSQLError { return cause(inner) }
      return "\(underlying)"
    }
    return "\(error.code)"
  }
}
