import Foundation
import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskPostgres

/// The WARC snapshots that go with `ledger push` and `ledger pull`: a file workspace's
/// `claims/sources/` into the database, and a database's snapshots out into `DIR/sources/`,
/// where a file workspace whose `claims/` is DIR reads them. Each copy is read back and compared.
public enum SnapshotTransfer {
  /// Copies every snapshot of `folder` into the database at `url` before `ledger push` copies
  /// the events (creating the schema first; a database that already holds events is refused,
  /// as push refuses it, before anything is written). Returns how many were copied.
  public static func push(_ folder: SnapshotFolder, to url: String) throws -> Int {
    let ledgerURL = try LedgerDatabaseURL(url)
    let ledger = try PostgresLedgerStore.create(ledgerURL)
    defer { ledger.close() }
    if let head = try ledger.head(), head.seq > 0 { throw PostgresLedgerError.notEmpty(url: ledgerURL.description, seq: head.seq) }
    let store = PostgresSnapshotStore(url: ledgerURL)
    defer { store.close() }
    return try copy(from: folder, to: store)
  }

  /// Writes every snapshot of the database workspace `workspace` into `directory/sources/`.
  /// Returns how many were written.
  public static func pull(_ workspace: Workspace, into directory: String) throws -> Int {
    try copy(from: workspace.snapshotStore(), to: SnapshotFolder(directory: directory + "/sources"))
  }

  /// Each snapshot kept in `target` and read back the same, one at a time (snapshots can be
  /// megabytes; memory holds one).
  static func copy(from source: any SnapshotStore, to target: any SnapshotStore) throws -> Int {
    var copied = 0
    for name in try source.names() {
      guard let bytes = try source.snapshot(named: name) else { continue }
      try target.keep(bytes, named: name)
      guard try target.snapshot(named: name) == bytes else {
        throw FetchError.snapshotMismatch(name: name, store: target.displayName, reason: "the copy read back differs")
      }
      copied += 1
    }
    return copied
  }
}
