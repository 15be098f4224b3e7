import Foundation

/// `postgres://USER@HOST[:PORT]/DB[?sslmode=MODE[&sslrootcert=PATH]]` (or `postgresql://`):
/// where a workspace's ledger lives, and how its connections are encrypted (`TLSMode`).
/// A password in the URL is refused, since the URL is stored in the workspace's settings: it
/// comes from `PGPASSWORD` or `~/.pgpass` at connection time instead (`PasswordSource`).
public struct LedgerDatabaseURL: Sendable, Equatable, CustomStringConvertible {
  public let user: String
  public let host: String
  public let port: Int
  public let database: String
  public let tls: TLSMode
  /// The PEM file of the certificate authorities `verify-ca` and `verify-full` trust; nil for
  /// the system's.
  public let rootCertificates: String?

  /// Whether `text` names a PostgreSQL ledger at all (rather than being a malformed one).
  public static func isPostgres(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  public init(_ text: String) throws {
    guard Self.isPostgres(text), let components = URLComponents(string: text) else {
      throw PostgresLedgerError.invalidURL(text, reason: "it must begin postgres://")
    }
    if let password = components.password {
      // Said without the password, which must not reach a terminal or a log either.
      throw PostgresLedgerError.invalidURL(
        text.replacingOccurrences(of: ":" + password + "@", with: ":***@"),
        reason: "it holds a password, which would be stored in the workspace")
    }
    guard let user = components.user, !user.isEmpty else {
      throw PostgresLedgerError.invalidURL(text, reason: "it names no user")
    }
    guard let host = components.host, !host.isEmpty else {
      throw PostgresLedgerError.invalidURL(text, reason: "it names no host")
    }
    let database = String(components.path.dropFirst())
    guard !database.isEmpty, !database.contains("/") else {
      throw PostgresLedgerError.invalidURL(text, reason: "it names no database")
    }
    guard components.fragment == nil else {
      throw PostgresLedgerError.invalidURL(text, reason: "it has a #fragment")
    }
    var tls = TLSMode.standard
    var rootCertificates: String?
    for item in components.queryItems ?? [] {
      switch (item.name, item.value) {
      case ("sslmode", let value?):
        guard let mode = TLSMode(rawValue: value) else {
          let modes = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
          throw PostgresLedgerError.invalidURL(text, reason: "sslmode '\(value)' is not one of \(modes)")
        }
        tls = mode
      case ("sslrootcert", let value?) where value.hasPrefix("/"):
        rootCertificates = value
      case ("sslrootcert", _):
        throw PostgresLedgerError.invalidURL(text, reason: "sslrootcert must be an absolute path to a PEM file")
      default:
        throw PostgresLedgerError.invalidURL(text, reason: "option '\(item.name)' is not supported (only sslmode and sslrootcert)")
      }
    }
    if rootCertificates != nil && !tls.verifiesCertificate {
      throw PostgresLedgerError.invalidURL(text, reason: "sslrootcert needs sslmode=verify-ca or verify-full, which check the certificate")
    }
    self.user = user.removingPercentEncoding ?? user
    self.host = host
    self.port = components.port ?? 5432
    self.database = database.removingPercentEncoding ?? database
    self.tls = tls
    self.rootCertificates = rootCertificates
  }

  /// The URL as written back (normalised, never with a password); `sslmode` only when it is
  /// not the default.
  public var description: String {
    var options: [String] = []
    if tls != .standard { options.append("sslmode=\(tls.rawValue)") }
    if let rootCertificates { options.append("sslrootcert=\(rootCertificates)") }
    return "postgres://\(user)@\(host):\(port)/\(database)" + (options.isEmpty ? "" : "?" + options.joined(separator: "&"))
  }
}
