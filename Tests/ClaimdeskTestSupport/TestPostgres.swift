import Foundation

/// The throwaway PostgreSQL server of scripts/test-postgres, and a fresh database in it for
/// each test (made with `createdb`, so that the test support needs no PostgreSQL client).
public enum TestPostgres {
  /// `postgres://USER@127.0.0.1:PORT/postgres`, or nil when no server was started.
  public static var serverURL: String? {
    ProcessInfo.processInfo.environment["CLAIMDESK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The PEM file of the CA that signed the server's TLS certificate (for 127.0.0.1 and
  /// localhost), or nil when the server runs without TLS.
  public static var certificateAuthority: String? {
    ProcessInfo.processInfo.environment["CLAIMDESK_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Whether a ledger test should run against PostgreSQL too: a server is there, or under CI,
  /// where its absence must fail the test rather than leave it out.
  public static var isWanted: Bool { serverURL != nil || TestData.isCI }

  /// The control script of scripts/test-postgres for the fault tests' own server
  /// (`CLAIMDESK_TEST_POSTGRES_CTL start|stop`), or nil when there is none.
  public static var control: String? {
    ProcessInfo.processInfo.environment["CLAIMDESK_TEST_POSTGRES_CTL"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Whether a fault test can stop and start its server; under CI it runs regardless, so that a
  /// missing control fails it rather than leaving it out.
  public static var canRestart: Bool { control != nil || TestData.isCI }

  /// Starts the fault tests' server (made on first use) and returns its URL.
  public static func startFaultServer() throws -> String {
    guard let control else {
      throw TestPostgresError(reason: "CLAIMDESK_TEST_POSTGRES_CTL is not set: run the tests under scripts/test-postgres")
    }
    return try run(control, ["start"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stops the fault tests' server as a crash would (`pg_ctl stop -m immediate`).
  public static func crashFaultServer() throws {
    guard let control else {
      throw TestPostgresError(reason: "CLAIMDESK_TEST_POSTGRES_CTL is not set: run the tests under scripts/test-postgres")
    }
    try run(control, ["stop"])
  }

  /// The URL of a new, empty database (on `server`, by default the tests' shared one), or a
  /// thrown error saying why there is none.
  public static func freshDatabase(on server: String? = serverURL) throws -> String {
    guard let server, let components = URLComponents(string: server), let host = components.host,
      let user = components.user
    else {
      throw TestPostgresError(reason: "CLAIMDESK_TEST_POSTGRES is not set: run the tests under scripts/test-postgres")
    }
    let port = components.port ?? 5432
    let name = "claimdesk_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
    try run(tool("createdb"), ["-h", host, "-p", String(port), "-U", user, name])
    return "postgres://\(user)@\(host):\(port)/\(name)"
  }

  /// Runs SQL in the database at `url` with psql (for tests that edit a ledger by hand).
  @discardableResult
  public static func psql(_ url: String, _ sql: String) throws -> String {
    try run(tool("psql"), ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
  }

  /// Takes schema versions 3's and 2's additions out of a ledger database again, leaving it as
  /// a version-1 claimdesk made it (to test the upgrade in place).
  @discardableResult
  public static func setBackToVersionOne(_ url: String) throws -> String {
    try psql(
      url,
      """
      BEGIN; DROP TABLE claimdesk_claim_index, claimdesk_claim_events, claimdesk_document_index, claimdesk_index_state;
      DROP FUNCTION claimdesk_index_touched();
      DROP FUNCTION claimdesk_lock(bigint); DROP TRIGGER claimdesk_events_rewritten ON claimdesk_events;
      DROP TRIGGER claimdesk_events_inserted ON claimdesk_events; DROP FUNCTION claimdesk_count_rewrite();
      DROP FUNCTION claimdesk_count_insert(); ALTER TABLE claimdesk_changes DROP COLUMN rewrites;
      DROP TABLE claimdesk_snapshots; DROP TABLE claimdesk_factcheck_files; UPDATE claimdesk_schema SET version = 1; COMMIT
      """)
  }

  /// A PostgreSQL client program, from the server's bin folder or PATH.
  static func tool(_ name: String) -> String {
    let folders = [ProcessInfo.processInfo.environment["CLAIMDESK_TEST_POSTGRES_BIN"] ?? "", "/usr/bin", "/usr/local/bin"]
      + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).map { "/usr/lib/postgresql/\($0)/bin" }
    return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? name
  }

  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let result = try TestProcess.run(executable, arguments)
    guard result.status == 0 else {
      throw TestPostgresError(reason: "\(executable) \(arguments.joined(separator: " ")): \(result.stderr)")
    }
    return result.stdout
  }
}

/// Why a test database could not be had.
public struct TestPostgresError: Error, CustomStringConvertible {
  public let reason: String
  public var description: String { reason }
}
