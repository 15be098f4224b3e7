import Foundation
import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskText

extension Workbench {
  /// The text of a source's latest captured page, read again from its WARC snapshot the way
  /// `fetch` read it to rank passages (the main text of HTML, never the markup); nil when the
  /// source has no capture or its snapshot is missing or unreadable, and when the snapshot does
  /// not match the digest its fetch recorded (said once in the ledger's notices: never shown as
  /// the page). An `unchanged` fetch points at the earlier capture of the same page. Only
  /// snapshots under `claims/sources/` (or, on a database workspace, of that name in the
  /// database) are read.
  public func capturedPage(_ source: SourceState) -> Document? {
    do {
      return try readCapturedPage(source)
    } catch {
      ledger.notices("warning: \(error)")
      return nil
    }
  }

  /// `capturedPage`, with a snapshot that cannot be trusted or read thrown as its one-line error.
  public func readCapturedPage(_ source: SourceState) throws -> Document? {
    guard let latest = source.fetches.last(where: \.isCapture)?.fetch else { return nil }
    var file = latest.warcFile
    var recordID = latest.warcRecordID
    var digest = latest.rawSHA256
    if let revisit = latest.revisitOf {
      let original = source.fetches.first { $0.fetch.warcRecordID == revisit.recordID }?.fetch
      file = original?.warcFile
      recordID = revisit.recordID
      digest = original?.rawSHA256 ?? String(revisit.payloadDigest.dropFirst("sha256:".count))
    }
    guard let file, let body = try capturedBody(file: file, recordID: recordID, digest: digest) else { return nil }
    return Self.pageDocument(
      body, contentType: latest.contentType, headerCharset: latest.headerCharset,
      url: latest.finalURL.isEmpty ? source.reference : latest.finalURL)
  }
}
