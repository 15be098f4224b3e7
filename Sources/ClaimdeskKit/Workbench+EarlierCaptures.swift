import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskSupport
import Foundation

extension Workbench {
  /// On a database workspace, puts back into `claims/sources/` the latest capture of each
  /// target's URL that another machine fetched (its snapshot is in the database, not here), so
  /// that an unchanged page is stored as a WARC `revisit` of it, as on the machine that captured
  /// it, rather than whole again. A capture's page is checked first, as a captured page is read
  /// (`checkedPage`: the payload against the SHA-256 the ledger recorded). A no-op on a file
  /// workspace, whose folder holds every capture it recorded.
  func restoreEarlierCaptures(of targets: [FetchTarget], in claims: [String: ClaimState]) throws {
    let store = workspace.snapshotStore()
    guard !(store is SnapshotFolder) else { return }
    for target in targets {
      let fetches = target.claims.compactMap { claims[$0] }
        .flatMap { $0.sources.filter { $0.reference == target.url }.flatMap(\.fetches) }
        .filter(\.isCapture)
      guard let latest = fetches.max(by: { $0.at < $1.at })?.fetch, let file = latest.warcFile,
        let name = snapshotName(file)
      else { continue }
      let path = workspace.sourcesDirectory + "/" + name
      guard !FileManager.default.fileExists(atPath: path) else { continue }
      guard let bytes = try store.snapshot(named: name) else { continue }
      // A revisit's own file holds no page: its original capture was checked when it was made.
      if latest.revisitOf == nil {
        _ = try checkedPage(in: bytes, name: name, store: store, recordID: latest.warcRecordID, digest: latest.rawSHA256)
      }
      do {
        try FileManager.default.createDirectory(atPath: workspace.sourcesDirectory, withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: path)
      } catch {
        throw FetchError.cannotWriteSnapshot(path: path)
      }
    }
  }
}
