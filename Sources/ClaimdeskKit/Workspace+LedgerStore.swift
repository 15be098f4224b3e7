import Foundation
import ClaimdeskLedger
import ClaimdeskPostgres

extension Workspace {
  /// The ledger this workspace uses: in PostgreSQL when `claims/config.json` names a `ledger`
  /// URL (docs/postgres.md), else the files in `claims/`. Derived files (index, verified mark)
  /// stay in `claims/` either way. Settings that cannot be read give a ledger whose every use
  /// fails with that error, never silently the file ledger.
  public func ledger() -> Ledger {
    do {
      guard let url = try WorkspaceConfig.load(from: self)["ledger"] else { return Ledger(claimsDirectory: claimsDirectory) }
      return Ledger(store: PostgresLedgerStore(url: try LedgerDatabaseURL(url)), derivedFilesIn: claimsDirectory)
    } catch {
      return Ledger(store: FailingLedgerStore(error: error), derivedFilesIn: claimsDirectory)
    }
  }

  /// Whether the ledger lives in a database rather than in `claims/ledger.jsonl`.
  public var usesDatabaseLedger: Bool {
    (try? WorkspaceConfig.load(from: self)["ledger"]) != nil
  }
}
