import PostgresNIO

/// The ledger's tables. Events keep their canonical line bytes (what was hashed), with seq,
/// hash and byte offset (the offset in the concatenation of the lines, each with its LF: what
/// HEAD's length and the index count). `claimdesk_head` is the commit point, one row, updated
/// in the same transaction as the batch it commits. `claimdesk_changes` counts every statement
/// that changed the events (a trigger), the store's change token.
enum LedgerSchema {
  /// The version this Claimdesk writes and reads; a database of a newer one is refused.
  static let version = 2
  /// The session-level advisory lock every writer holds (the bytes "claimdk").
  static let writeLockKey = 0x63_6c61_696d_646b

  static let statements: [String] = [
    """
    CREATE TABLE claimdesk_schema (
      version integer NOT NULL,
      ledger_id uuid NOT NULL DEFAULT gen_random_uuid(),
      created_at timestamptz NOT NULL DEFAULT now())
    """,
    """
    CREATE TABLE claimdesk_events (
      seq bigint PRIMARY KEY CHECK (seq > 0),
      byte_offset bigint NOT NULL UNIQUE CHECK (byte_offset >= 0),
      hash text NOT NULL,
      line bytea NOT NULL)
    """,
    """
    CREATE TABLE claimdesk_head (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      hash text NOT NULL,
      length bigint NOT NULL)
    """,
    "CREATE TABLE claimdesk_changes (id integer PRIMARY KEY CHECK (id = 1), count bigint NOT NULL)",
    """
    CREATE TABLE claimdesk_set_aside (
      set_at timestamptz NOT NULL DEFAULT now(), seq bigint, byte_offset bigint, hash text, line bytea)
    """,
    """
    CREATE FUNCTION claimdesk_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE claimdesk_changes SET count = count + 1 WHERE id = 1; RETURN NULL; END $$
    """,
    """
    CREATE TRIGGER claimdesk_events_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claimdesk_events
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_count_change()
    """,
    "INSERT INTO claimdesk_head VALUES (1, 0, '\(String(repeating: "0", count: 64))', 0)",
    "INSERT INTO claimdesk_changes VALUES (1, 0)",
    "INSERT INTO claimdesk_schema (version) VALUES (\(version))",
  ]

  /// The ledger's id (for change tokens) once the schema is one this Claimdesk reads; throws
  /// `notALedger` or `newerSchema` otherwise.
  static func check(_ connection: BlockingConnection) throws -> String {
    guard try exists(connection) else {
      throw PostgresLedgerError.notALedger(url: connection.url.description, reason: "it has no claimdesk_schema table")
    }
    let rows = try connection.query("SELECT version, ledger_id::text FROM claimdesk_schema ORDER BY version DESC LIMIT 1")
    guard let row = rows.first?.makeRandomAccess() else {
      throw PostgresLedgerError.notALedger(url: connection.url.description, reason: "its claimdesk_schema table is empty")
    }
    let found = try row[0].decode(Int.self)
    guard found <= version else {
      throw PostgresLedgerError.newerSchema(url: connection.url.description, found: found, supported: version)
    }
    if found < version { try SnapshotSchema.upgrade(connection, from: found) }
    return try row[1].decode(String.self)
  }

  static func exists(_ connection: BlockingConnection) throws -> Bool {
    let rows = try connection.query("SELECT to_regclass('claimdesk_schema') IS NOT NULL")
    return try rows.first?.makeRandomAccess()[0].decode(Bool.self) ?? false
  }

  /// Creates the tables in one transaction unless they exist; either way checks the version.
  /// The caller holds the write lock, so two pushes cannot both create them.
  static func create(_ connection: BlockingConnection) throws {
    if try !exists(connection) {
      try connection.run("BEGIN")
      do {
        for statement in statements + SnapshotSchema.statements { try connection.run(statement) }
        try connection.run("COMMIT")
      } catch {
        try? connection.run("ROLLBACK")
        throw error
      }
    }
    _ = try check(connection)
  }
}
