import Foundation
import ClaimdeskEvidence
import ClaimdeskPostgres

extension Workspace {
  /// Where this workspace's WARC snapshots are kept for good: on a database ledger, its
  /// database (every machine reads them there); else `claims/sources/`. Fetches write their
  /// WARC files into `claims/sources/` either way, and `keepSnapshot` then copies them into
  /// the database before the events citing them are appended.
  public func snapshotStore() -> any SnapshotStore {
    if let text = (try? WorkspaceConfig.load(from: self))?["ledger"], let url = try? LedgerDatabaseURL(text) {
      return PostgresSnapshotStore(url: url)
    }
    return SnapshotFolder(directory: sourcesDirectory)
  }
}
