import ClaimdeskSupport
import PostgresNIO

/// The fact-check files a database workspace imported, in the ledger's database
/// (`LedgerSchema.factCheckFiles`), so that every machine matches new claims against the same
/// fact-checks: a machine that lacks a file in its `claims/factchecks/` reads it from here.
/// Rows are keyed by the SHA-256 of their bytes; the reader checks the bytes it gets against
/// the digest the ledger recorded, so a damaged row is refused, never used.
public final class PostgresFactCheckFiles: @unchecked Sendable {
  public let url: LedgerDatabaseURL
  public var displayName: String { "the claimdesk_factcheck_files table of \(url)" }
  private let database: SchemaConnection

  public init(url: LedgerDatabaseURL) {
    self.url = url
    database = SchemaConnection(url: url)
  }

  public func close() { database.close() }

  /// Keeps a file's bytes under their digest (`name`: the file name in `claims/factchecks/`).
  /// The same digest again is a no-op: the bytes are the same.
  public func keep(_ bytes: [UInt8], name: String) throws {
    let digest = Hashing.sha256Hex(bytes)
    _ = try database.use { connection in
      try connection.query(
        """
        INSERT INTO claimdesk_factcheck_files (sha256, name, size, bytes)
        VALUES (\(digest), \(name), \(bytes.count), \(ByteBuffer(bytes: bytes))) ON CONFLICT (sha256) DO NOTHING
        """)
    }
  }

  /// The bytes kept under `sha256`, unchecked (the caller compares them with the digest its
  /// event recorded), or nil when there are none.
  public func file(sha256: String) throws -> [UInt8]? {
    try database.use { connection in
      let rows = try connection.query("SELECT bytes FROM claimdesk_factcheck_files WHERE sha256 = \(sha256)")
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      var buffer = try row[0].decode(ByteBuffer.self)
      return buffer.readBytes(length: buffer.readableBytes) ?? []
    }
  }

  /// Every file kept, by digest, with its name.
  public func names() throws -> [(sha256: String, name: String)] {
    try database.use { connection in
      try connection.query("SELECT sha256, name FROM claimdesk_factcheck_files ORDER BY stored_at, sha256").map {
        let row = $0.makeRandomAccess()
        return (try row[0].decode(String.self), try row[1].decode(String.self))
      }
    }
  }
}
