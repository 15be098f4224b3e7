import Testing
import ClaimdeskTestSupport

/// Which snapshot store a case runs on.
enum SnapshotStoreKind: String, CustomTestStringConvertible, Sendable {
  /// `claims/sources/` of a file workspace.
  case folder
  /// The `claimdesk_snapshots` table of a database workspace.
  case database

  /// The folder always; the database when a test server runs, and always under CI=true.
  static var tested: [SnapshotStoreKind] { TestPostgres.isWanted ? [.folder, .database] : [.folder] }
  var testDescription: String { rawValue }
}
