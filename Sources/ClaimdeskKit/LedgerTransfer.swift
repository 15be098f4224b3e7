import Foundation
import ClaimdeskLedger
import ClaimdeskPostgres

/// `ledger push` and `ledger pull`: a whole ledger between the files of a workspace and a
/// PostgreSQL database, byte for byte, each side verified.
public enum LedgerTransfer {
  /// Copies `ledger` into the database at `url`, creating the schema there; the database must
  /// hold no events. The copy is verified in the database. Returns that verify's report.
  public static func push(_ ledger: Ledger, to url: String) throws -> VerifyReport {
    let store = try PostgresLedgerStore.create(try LedgerDatabaseURL(url))
    defer { store.close() }
    try ledger.copy(to: store)
    // The copy's derived files (the verified mark) belong to no workspace: made and dropped here.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-push-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    return try Ledger(store: store, derivedFilesIn: scratch).verify()
  }

  /// Writes `ledger` as `directory/ledger.jsonl` and `directory/HEAD` (a `claims/` folder a file
  /// workspace can use as it is), then verifies them. Returns that verify's report.
  public static func pull(_ ledger: Ledger, into directory: String) throws -> VerifyReport {
    try ledger.copy(toClaimsDirectory: directory)
    return try Ledger(claimsDirectory: directory).verify()
  }
}
