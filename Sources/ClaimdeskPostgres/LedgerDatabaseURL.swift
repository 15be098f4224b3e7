import Foundation

/// `postgres://USER@HOST[:PORT]/DB` (or `postgresql://`): where a workspace's ledger lives.
/// A password in the URL is refused, since the URL is stored in the workspace's settings: it
/// comes from `PGPASSWORD` or `~/.pgpass` at connection time instead (`PasswordSource`).
public struct LedgerDatabaseURL: Sendable, Equatable, CustomStringConvertible {
  public let user: String
  public let host: String
  public let port: Int
  public let database: String

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
    guard components.query == nil, components.fragment == nil else {
      throw PostgresLedgerError.invalidURL(text, reason: "options after ? are not supported")
    }
    self.user = user.removingPercentEncoding ?? user
    self.host = host
    self.port = components.port ?? 5432
    self.database = database.removingPercentEncoding ?? database
  }

  /// The URL as written back (normalised, never with a password).
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
