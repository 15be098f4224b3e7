import Foundation
import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskText

extension Workbench {
  /// The text of a source's latest captured page, read again from its WARC snapshot the way
  /// `fetch` read it to rank passages (the main text of HTML, never the markup); nil when the
  /// source has no capture or its snapshot is missing or unreadable. An `unchanged` fetch points
  /// at the earlier capture of the same page. Only snapshots under `claims/sources/` are read.
  public func capturedPage(_ source: SourceState) -> Document? {
    guard let latest = source.fetches.last(where: \.isCapture)?.fetch else { return nil }
    var file = latest.warcFile
    var recordID = latest.warcRecordID
    if let revisit = latest.revisitOf {
      let original = source.fetches.first { $0.fetch.warcRecordID == revisit.recordID }?.fetch
      file = original?.warcFile
      recordID = revisit.recordID
    }
    guard let file, let path = snapshotPath(file), let body = WARCPayload.body(path: path, recordID: recordID) else { return nil }
    return Self.pageDocument(
      body, contentType: latest.contentType, headerCharset: latest.headerCharset,
      url: latest.finalURL.isEmpty ? source.reference : latest.finalURL)
  }

  /// A recorded WARC path (relative to the workspace, or absolute) when it lies in `claims/sources/`.
  private func snapshotPath(_ recorded: String) -> String? {
    let joined = recorded.hasPrefix("/") ? recorded : workspace.root + "/" + recorded
    let path = (joined as NSString).standardizingPath
    let folder = (workspace.sourcesDirectory as NSString).standardizingPath + "/"
    return path.hasPrefix(folder) ? path : nil
  }
}
