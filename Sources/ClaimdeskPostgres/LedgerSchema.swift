import PostgresNIO

/// The ledger's tables. Events keep their canonical line bytes (what was hashed), with seq,
/// hash and byte offset (the offset in the concatenation of the lines, each with its LF: what
/// HEAD's length and the index count). `claimdesk_head` is the commit point, one row, updated
/// in the same transaction as the batch it commits. `claimdesk_changes` counts every statement
/// that changed the events (a trigger), the store's change token, and separately (`rewrites`)
/// every statement that changed them other than by adding rows after the last one: while that
/// count stands still, every line once checked is still there as it was.
enum LedgerSchema {
  /// The version this Claimdesk writes and reads; a database of a newer one is refused, an
  /// older one is upgraded in place (`upgrade`).
  static let version = 3
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
  ] + version2 + ClaimIndexSchema.statements + [
    "INSERT INTO claimdesk_head VALUES (1, 0, '\(String(repeating: "0", count: 64))', 0)",
    "INSERT INTO claimdesk_changes VALUES (1, 0)",
    "INSERT INTO claimdesk_schema (version) VALUES (\(version))",
  ]

  /// What version 2 adds to version 1 (all of it additive): the `rewrites` count and its two
  /// triggers, and `claimdesk_lock`, which takes the write lock and then reads what a writer
  /// needs in one round trip.
  static let version2: [String] = [
    "ALTER TABLE claimdesk_changes ADD COLUMN rewrites bigint NOT NULL DEFAULT 0",
    """
    CREATE FUNCTION claimdesk_count_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE claimdesk_changes SET rewrites = rewrites + 1 WHERE id = 1; RETURN NULL; END $$
    """,
    // An INSERT is an append when every row from its first one on is one of its own and the
    // row before that ends where it starts; any other INSERT puts lines among checked ones.
    """
    CREATE FUNCTION claimdesk_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE first_offset bigint; added_rows bigint;
    BEGIN
      SELECT min(byte_offset), count(*) INTO first_offset, added_rows FROM claimdesk_added;
      IF first_offset IS NULL THEN RETURN NULL; END IF;
      IF (SELECT count(*) FROM claimdesk_events WHERE byte_offset >= first_offset) <> added_rows
        OR coalesce((SELECT byte_offset + octet_length(line) + 1 FROM claimdesk_events
          WHERE byte_offset < first_offset ORDER BY byte_offset DESC LIMIT 1), 0) > first_offset
      THEN UPDATE claimdesk_changes SET rewrites = rewrites + 1 WHERE id = 1; END IF;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER claimdesk_events_rewritten AFTER UPDATE OR DELETE OR TRUNCATE ON claimdesk_events
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_count_rewrite()
    """,
    """
    CREATE TRIGGER claimdesk_events_inserted AFTER INSERT ON claimdesk_events
    REFERENCING NEW TABLE AS claimdesk_added FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_count_insert()
    """,
    // Waits for the write lock, then (each statement of a volatile function sees what was
    // committed before it started, so the last holder's commit included) reads HEAD, the
    // stored length, both counts, and the lines from event `since` on (at most 1 MiB of them,
    // else none): the lines a writer that last saw event `since` has not seen yet.
    """
    CREATE FUNCTION claimdesk_lock(since bigint)
    RETURNS TABLE (seq bigint, hash text, length bigint, stored bigint, count bigint, rewrites bigint,
      tail_offset bigint, tail bytea) LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM pg_advisory_lock(\(writeLockKey));
      RETURN QUERY
        SELECT h.seq, h.hash, h.length,
          coalesce((SELECT e.byte_offset + octet_length(e.line) + 1 FROM claimdesk_events e ORDER BY e.byte_offset DESC LIMIT 1), 0),
          c.count, c.rewrites, t.tail_offset, t.tail
        FROM claimdesk_head h CROSS JOIN claimdesk_changes c
          LEFT JOIN LATERAL (SELECT min(e.byte_offset) AS tail_offset, string_agg(e.line || '\\x0a'::bytea, ''::bytea ORDER BY e.byte_offset) AS tail
            FROM claimdesk_events e WHERE e.seq >= since AND e.seq <= h.seq AND h.seq - since < 2000
            HAVING sum(octet_length(e.line) + 1) <= 1048576) t ON true
        WHERE h.id = 1 AND c.id = 1;
    END $$
    """,
  ]

  /// The table of imported fact-check files (version 3, `PostgresFactCheckFiles`), each file
  /// whole by the SHA-256 its `factchecks.imported` event records, with the name it is kept
  /// under in `claims/factchecks/`.
  static let factCheckFiles: [String] = [
    """
    CREATE TABLE IF NOT EXISTS claimdesk_factcheck_files (
      sha256 text PRIMARY KEY,
      name text NOT NULL,
      size bigint NOT NULL CHECK (size >= 0),
      bytes bytea NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now())
    """
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
    if found < version { try upgrade(connection) }
    return try row[1].decode(String.self)
  }

  /// What each version after `found` adds, in order: version 2 a column, two triggers, a
  /// function and the snapshots table; version 3 the claim index tables (and the lock function
  /// that also reads their state) and the fact-check files table.
  static func additions(since found: Int) -> [String] {
    (found < 2 ? version2 + SnapshotSchema.statements : []) + (found < 3 ? ClaimIndexSchema.statements + factCheckFiles : [])
  }

  /// Brings an older ledger to this version in one transaction (additive only: no row of the
  /// ledger is touched; the index tables stay empty until first used). Two upgraders take
  /// turns on the schema table's lock, and the second finds it done.
  static func upgrade(_ connection: BlockingConnection) throws {
    try connection.run("BEGIN")
    var found = version
    do {
      // Read before the lock too, so that a role refused the lock is told which version it met.
      found = try storedVersion(connection)
      try connection.run("LOCK TABLE claimdesk_schema IN EXCLUSIVE MODE")
      found = try storedVersion(connection)
      if found < version {
        for statement in additions(since: found) { try connection.run(statement) }
        try connection.run("UPDATE claimdesk_schema SET version = \(version)")
      }
      try connection.run("COMMIT")
    } catch PostgresLedgerError.authentication(_, let reason) {
      // LOCK TABLE, ALTER TABLE or CREATE TABLE by a role that is not the tables' owner.
      try? connection.run("ROLLBACK")
      throw PostgresLedgerError.upgradeRefused(url: connection.url.description, found: found, reason: reason)
    } catch {
      try? connection.run("ROLLBACK")
      throw error
    }
  }

  private static func storedVersion(_ connection: BlockingConnection) throws -> Int {
    try connection.query("SELECT max(version) FROM claimdesk_schema").first?.makeRandomAccess()[0].decode(Int?.self) ?? version
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
        for statement in statements + SnapshotSchema.statements + factCheckFiles { try connection.run(statement) }
        try connection.run("COMMIT")
      } catch {
        try? connection.run("ROLLBACK")
        throw error
      }
    }
    _ = try check(connection)
  }
}
