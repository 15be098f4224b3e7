import ClaimdeskEvidence
import ClaimdeskLedger

extension FetchResult {
  /// The fetch as the ledger records it (`source.fetched`, and `document.added` of a page read
  /// from a URL): the Ledger knows no network, so the workbench maps the fetcher's result.
  /// `warcFile` is relative to `base` when the file lies under it.
  func record(relativeTo base: String?) -> FetchRecord {
    FetchRecord(
      requestedURL: requestedURL, finalURL: finalURL,
      hops: hops.map {
        FetchHopRecord(url: $0.url, status: $0.status, remoteIP: $0.remoteIP, location: $0.location, warcRecordID: $0.warcRecordID)
      },
      startedAt: UTCTime.rfc3339(startedAt), endedAt: UTCTime.rfc3339(endedAt), outcome: outcome.rawValue,
      httpStatus: httpStatus, contentType: contentType, charset: charset, charsetSource: charsetSource?.rawValue,
      headerCharset: headerCharset, contentEncoding: contentEncoding, rawBytes: rawBytes, decodedBytes: decodedBytes,
      truncated: truncated, rawSHA256: rawSHA256, decodedSHA256: decodedSHA256, remoteIP: remoteIP,
      warcFile: warcPath.map { Self.relative($0, to: base) }, warcRecordID: warcRecordID, attempts: attempts,
      failure: failure.map { FetchFailureRecord(category: $0.category.rawValue, message: $0.message) },
      revisitOf: revisitOf.map {
        FetchRevisitRecord(recordID: $0.recordID, targetURI: $0.targetURI, date: $0.date, payloadDigest: $0.payloadDigest)
      })
  }

  private static func relative(_ path: String, to base: String?) -> String {
    guard let base, !base.isEmpty else { return path }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
