import ClaimdeskSupport

/// Why a PostgreSQL ledger could not be reached or used. Each is one line and a sysexits status:
/// the server unreachable 69, the login refused 77, a database that is not (or not yet, or no
/// longer) a Claimdesk ledger 65.
public enum PostgresLedgerError: ClaimdeskFailure, Equatable {
  /// A ledger URL that is not `postgres://USER@HOST[:PORT]/DB`.
  case invalidURL(String, reason: String)
  /// The server could not be reached, or the connection broke (EX_UNAVAILABLE).
  case unavailable(url: String, reason: String)
  /// The server refused the login: a wrong or missing password, or no such role (EX_NOPERM).
  case authentication(url: String, reason: String)
  /// The database holds no Claimdesk ledger (no schema table), or something else.
  case notALedger(url: String, reason: String)
  /// The schema was made by a newer Claimdesk than this one.
  case newerSchema(url: String, found: Int, supported: Int)
  /// A ledger of an older schema version, which is upgraded in place on first use, but this
  /// role may not change its tables (only their owner can) (EX_NOPERM).
  case upgradeRefused(url: String, found: Int, reason: String)
  /// `ledger push` into a database that already holds a ledger.
  case notEmpty(url: String, seq: Int)
  /// The server refused a statement (a constraint, a permission, a cancelled backend).
  case server(url: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .invalidURL: .usage
    case .unavailable: .unavailable
    case .authentication, .upgradeRefused: .noPermission
    case .notALedger, .newerSchema, .notEmpty: .dataError
    case .server: .ioError
    }
  }

  public var description: String {
    switch self {
    case .invalidURL(let url, let reason):
      "'\(url)' is not a ledger URL: \(reason); write postgres://USER@HOST:PORT/DB (the password comes from PGPASSWORD or ~/.pgpass)"
    case .unavailable(let url, let reason):
      "cannot reach the ledger database \(url): \(reason); check that the server runs and the host and port are right"
    case .authentication(let url, let reason):
      "the ledger database \(url) refused the login: \(reason); set PGPASSWORD or add a line to ~/.pgpass (mode 0600)"
    case .notALedger(let url, let reason):
      "\(url) is not a Claimdesk ledger: \(reason); create one with `claimdesk ledger push \(url)` from a file workspace"
    case .newerSchema(let url, let found, let supported):
      "\(url) holds a ledger of schema version \(found), newer than this claimdesk understands (\(supported)); upgrade claimdesk"
    case .upgradeRefused(let url, let found, let reason):
      "\(url) holds a ledger of schema version \(found), which this claimdesk upgrades in place, but the upgrade was refused: \(reason); run any claimdesk command on it once as the owner of its tables"
    case .notEmpty(let url, let seq):
      "\(url) already holds a ledger (\(seq) events); push only into an empty database"
    case .server(let url, let reason):
      "the ledger database \(url) refused: \(reason)"
    }
  }
}
