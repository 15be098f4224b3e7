/// The table of WARC snapshots (schema version 2): each fetch's WARC file, whole, by the name
/// its `source.fetched` event records (`claims/sources/NAME`), with the SHA-256 of its bytes
/// (checked on every read: a damaged row is refused, not read) and its size. Keyed by name
/// rather than by digest: the ledger records the name, and the digest of the page inside.
enum SnapshotSchema {
  /// The version that added the table.
  static let version = 2

  /// Additive only, so that a version-1 ledger is upgraded in place (`LedgerSchema.upgrade`).
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
}
