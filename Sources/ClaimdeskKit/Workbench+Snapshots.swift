import Foundation
import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskSupport

extension Workbench {
  /// Puts the WARC files a fetch wrote at `paths` (in `claims/sources/`) into the workspace's
  /// snapshot store, before the events that cite them are appended: on a database workspace an
  /// event must never name a snapshot other machines cannot read. A no-op for a file
  /// workspace, whose store is that folder.
  func keepSnapshots(atPaths paths: [String]) throws {
    guard !paths.isEmpty else { return }
    let store = workspace.snapshotStore()
    guard !(store is SnapshotFolder) else { return }
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw FetchError.cannotWriteSnapshot(path: path)
      }
      try store.keep([UInt8](data), named: (path as NSString).lastPathComponent)
    }
  }

  /// The page a captured fetch recorded, read from the workspace's snapshot store and checked:
  /// the response record's payload must hash to the `raw_sha256` the fetch recorded (the
  /// ledger's hash chain vouches for that digest), else `FetchError.snapshotMismatch`. Nil when
  /// the fetch names no snapshot in `claims/sources/` or its store has none by that name.
  /// `recordID` names the response record (a revisit's original capture); `digest` the
  /// payload's recorded SHA-256, hex.
  func capturedBody(file recorded: String, recordID: String?, digest: String?) throws -> [UInt8]? {
    guard let name = snapshotName(recorded) else { return nil }
    let store = workspace.snapshotStore()
    guard let bytes = try store.snapshot(named: name) else { return nil }
    return WARCPayload.decoded(try checkedPage(in: bytes, name: name, store: store, recordID: recordID, digest: digest))
  }

  /// The page a snapshot's response record `recordID` holds, once it hashes to `digest` (the
  /// SHA-256 the ledger recorded, hex), else `FetchError.snapshotMismatch`.
  func checkedPage(
    in bytes: [UInt8], name: String, store: any SnapshotStore, recordID: String?, digest: String?
  ) throws -> (raw: [UInt8], encoding: String?, truncated: Bool) {
    guard let stored = WARCPayload.stored(in: bytes, recordID: recordID) else {
      throw FetchError.snapshotMismatch(name: name, store: store.displayName, reason: "it holds no response record \(recordID ?? "")")
    }
    if let digest, Hashing.sha256Hex(stored.raw) != digest.lowercased() {
      throw FetchError.snapshotMismatch(
        name: name, store: store.displayName, reason: "its page does not hash to the SHA-256 the ledger recorded (\(digest.prefix(12))…)")
    }
    return stored
  }

  /// A recorded WARC path's file name, when the path (relative to the workspace, or absolute)
  /// lies in `claims/sources/`: no other path is ever read, whatever a ledger line names.
  func snapshotName(_ recorded: String) -> String? {
    let joined = recorded.hasPrefix("/") ? recorded : workspace.root + "/" + recorded
    let path = (joined as NSString).standardizingPath
    let folder = (workspace.sourcesDirectory as NSString).standardizingPath + "/"
    guard path.hasPrefix(folder) else { return nil }
    let name = String(path.dropFirst(folder.count))
    return SnapshotFolder.isSnapshotName(name) ? name : nil
  }
}
