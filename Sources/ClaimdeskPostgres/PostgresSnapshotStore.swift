import Foundation
import ClaimdeskEvidence
import ClaimdeskSupport
import PostgresNIO

/// The WARC snapshots of a database workspace, in the ledger's database (`SnapshotSchema`), so
/// that a team needs only the database: every machine reads the snapshots any machine fetched.
/// Each row's bytes are checked against its `sha256` when read. One connection (`SchemaConnection`).
public final class PostgresSnapshotStore: SnapshotStore, @unchecked Sendable {
  public let url: LedgerDatabaseURL
  public var displayName: String { "the claimdesk_snapshots table of \(url)" }
  private let database: SchemaConnection

  public init(url: LedgerDatabaseURL) {
    self.url = url
    database = SchemaConnection(url: url)
  }

  public func close() { database.close() }

  private func connected<T>(_ body: (BlockingConnection) throws -> T) throws -> T { try database.use(body) }

  public func snapshot(named name: String) throws -> [UInt8]? {
    try connected { connection in
      let rows = try connection.query("SELECT sha256, bytes FROM claimdesk_snapshots WHERE name = \(name)")
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      let recorded = try row[0].decode(String.self)
      var buffer = try row[1].decode(ByteBuffer.self)
      let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
      guard Self.sha256(bytes) == recorded else {
        throw FetchError.snapshotMismatch(name: name, store: displayName, reason: "its bytes do not hash to the digest stored with them")
      }
      return bytes
    }
  }

  public func keep(_ bytes: [UInt8], named name: String) throws {
    guard Self.isSnapshotName(name) else { throw FetchError.cannotWriteSnapshot(path: name) }
    let digest = Self.sha256(bytes)
    try connected { connection in
      let inserted = try connection.query(
        """
        INSERT INTO claimdesk_snapshots (name, sha256, size, bytes) VALUES (\(name), \(digest), \(bytes.count), \(ByteBuffer(bytes: bytes)))
        ON CONFLICT (name) DO NOTHING RETURNING 1
        """)
      guard inserted.first == nil else { return }
      let rows = try connection.query("SELECT sha256 FROM claimdesk_snapshots WHERE name = \(name)")
      guard try rows.first?.makeRandomAccess()[0].decode(String.self) == digest else {
        throw FetchError.snapshotConflict(name: name, store: displayName)
      }
    }
  }

  public func names() throws -> [String] {
    try connected { connection in
      try connection.query("SELECT name FROM claimdesk_snapshots ORDER BY name").map { try $0.makeRandomAccess()[0].decode(String.self) }
    }
  }

  static func sha256(_ bytes: [UInt8]) -> String { Hashing.sha256Hex(bytes) }
}
