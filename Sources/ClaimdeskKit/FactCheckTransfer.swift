import ClaimdeskPostgres
import ClaimdeskSupport
import Foundation

/// The imported fact-check files that go with `ledger push` and `ledger pull`, as the WARC
/// snapshots do (`SnapshotTransfer`): a file workspace's `claims/factchecks/` into the
/// database, and a database's files out into `DIR/factchecks/`, where a file workspace whose
/// `claims/` is DIR reads them. Only files whose bytes hash to the digest their name starts
/// with are copied (that is how `factchecks import` names them); each copy is read back.
public enum FactCheckTransfer {
  /// Copies the files of `workspace`'s `claims/factchecks/` into the database at `url`, whose
  /// schema `SnapshotTransfer.push` has created. Returns how many were copied.
  public static func push(_ workspace: Workspace, to url: String) throws -> Int {
    let database = PostgresFactCheckFiles(url: try LedgerDatabaseURL(url))
    defer { database.close() }
    let folder = FactCheckShelf.directory(workspace)
    var copied = 0
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
      let bytes = [UInt8](data)
      let digest = Hashing.sha256Hex(bytes)
      guard name == digest || name.hasPrefix(digest + ".") else { continue }
      try database.keep(bytes, name: name)
      guard try database.file(sha256: digest) == bytes else {
        throw SeenBeforeError.damagedFactCheckCopy(name: name, store: database.displayName)
      }
      copied += 1
    }
    return copied
  }

  /// Writes every fact-check file of the database workspace `workspace` into
  /// `directory/factchecks/`. Returns how many were written.
  public static func pull(_ workspace: Workspace, into directory: String) throws -> Int {
    guard let database = workspace.factCheckDatabase() else { return 0 }
    defer { database.close() }
    var written = 0
    for (digest, name) in try database.names() {
      guard let bytes = try database.file(sha256: digest), Hashing.sha256Hex(bytes) == digest,
        name == digest || name.hasPrefix(digest + "."), !name.contains("/")
      else {
        throw SeenBeforeError.damagedFactCheckCopy(name: name, store: database.displayName)
      }
      let path = directory + "/factchecks/" + name
      do {
        try FileManager.default.createDirectory(atPath: directory + "/factchecks", withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: path)
      } catch {
        throw WorkbenchError.cannotStoreDocument(path: path, reason: "\(error)")
      }
      written += 1
    }
    return written
  }
}
