/// The table of WARC snapshots (schema version 2): each fetch's WARC file, whole, by the name
/// its `source.fetched` event records (`claims/sources/NAME`), with the SHA-256 of its bytes
/// (checked on every read: a damaged row is refused, not read) and its size. Keyed by name
/// rather than by digest: the ledger records the name, and the digest of the page inside.
enum SnapshotSchema {
  /// The version that added the table.
  static let version = 2

  /// Additive only, so that a version-1 ledger is upgraded in place.
  static let statements: [String] = [
    """
    CREATE TABLE IF NOT EXISTS claimdesk_snapshots (
      name text PRIMARY KEY,
      sha256 text NOT NULL,
      size bigint NOT NULL CHECK (size >= 0),
      bytes bytea NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now())
    """
  ]

  /// Brings a ledger of an older version (`found`) up to `LedgerSchema.version` in one
  /// transaction: the schema table is locked first, so that two processes opening the same
  /// old ledger at once upgrade it once, the second finding it done.
  static func upgrade(_ connection: BlockingConnection, from found: Int) throws {
    guard found < LedgerSchema.version else { return }
    try connection.run("BEGIN")
    do {
      try connection.run("LOCK TABLE claimdesk_schema IN EXCLUSIVE MODE")
      let rows = try connection.query("SELECT max(version) FROM claimdesk_schema")
      let now = try rows.first?.makeRandomAccess()[0].decode(Int?.self) ?? found
      if now < LedgerSchema.version {
        for statement in statements { try connection.run(statement) }
        try connection.run("UPDATE claimdesk_schema SET version = \(LedgerSchema.version)")
      }
      try connection.run("COMMIT")
    } catch {
      try? connection.run("ROLLBACK")
      throw error
    }
  }
}
