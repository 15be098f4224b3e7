/// Where a workspace's WARC snapshots are kept, each by its file name
/// (`20250301T120000123Z-<16 hex>.warc`, unique per fetch): the `claims/sources/` folder of a
/// file workspace (`SnapshotFolder`), or a table of the ledger's database, so that every
/// machine on a database ledger reads the same snapshots. A snapshot never changes once kept.
public protocol SnapshotStore: Sendable {
  /// How messages name the store (`claims/sources`).
  var displayName: String { get }
  /// The bytes kept as `name`, or nil when the store has none by that name.
  func snapshot(named name: String) throws -> [UInt8]?
  /// Keeps `bytes` as `name`. The same bytes again are a no-op; other bytes under a name
  /// already kept are refused (`FetchError.snapshotConflict`), never overwritten.
  func keep(_ bytes: [UInt8], named name: String) throws
  /// The names of every snapshot kept, sorted (by time, as the names are).
  func names() throws -> [String]
}

extension SnapshotStore {
  /// Whether `name` can name a snapshot: a plain `.warc` file name, no folder, nothing hidden.
  public static func isSnapshotName(_ name: String) -> Bool {
    name.hasSuffix(".warc") && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0") && name.count <= 255
  }
}
