import ClaimdeskSupport
import Foundation

/// The latest capture of each requested URL among the WARC files of a folder, for re-fetching
/// without a ledger (`fetch-url --refetch`). Files are named by time, so the last name wins.
/// A file holding a failed fetch is no capture (`CaptureRule`): its `metadata` record says it
/// failed, its final response was cut short (`WARC-Truncated`), or it ends on a redirect, a 5xx,
/// 408 or 429; `fetch-url` fetches such a URL again and a revisit never cites it.
public enum WARCCaptureIndex {
  /// A stored capture: the WARC file holding it, and what a revisit record must cite.
  public struct Entry: Sendable, Equatable {
    public let file: String
    public let capture: PreviousCapture
  }

  /// Requested URL (the first request record's target) -> latest capture of its final page.
  public static func latest(in directory: String) -> [String: Entry] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".warc") }.sorted()
    var index: [String: Entry] = [:]
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      let records = WARCRecordHeader.readAll(path: path)
      guard let requested = records.first(where: { $0["warc-type"] == "request" })?["warc-target-uri"],
        let last = records.last(where: { $0["warc-type"] == "response" || $0["warc-type"] == "revisit" })
      else { continue }
      guard isCapture(records, last: last) else { continue }
      if let capture = capture(of: last) { index[requested] = Entry(file: path, capture: capture) }
    }
    return index
  }

  /// True when the file's fetch captured the page: no failure recorded, or an answering 4xx.
  private static func isCapture(_ records: [WARCRecordHeader], last: WARCRecordHeader) -> Bool {
    let failure = records.last { $0["warc-type"] == "metadata" && $0.metadata[WARCFileWriter.failureOutcomeField] == "failed" }
    let status = last.httpStatus ?? 0
    if failure == nil {  // files written before failures were recorded: judge by the final response
      if (300...399).contains(status) || (500...599).contains(status) || status == 408 || status == 429 { return false }
    }
    return CaptureRule.isCapture(
      outcome: failure == nil ? "fetched" : "failed", failureCategory: failure?.metadata[WARCFileWriter.failureCategoryField],
      httpStatus: status, truncated: last["warc-truncated"] != nil)
  }

  /// A response cites itself; a revisit cites the capture it refers to.
  private static func capture(of record: WARCRecordHeader) -> PreviousCapture? {
    guard let digest = record["warc-payload-digest"] else { return nil }
    if record["warc-type"] == "revisit" {
      guard let id = record["warc-refers-to"], let uri = record["warc-refers-to-target-uri"],
        let date = record["warc-refers-to-date"]
      else { return nil }
      return PreviousCapture(payloadDigest: digest, targetURI: uri, date: date, recordID: id)
    }
    guard let id = record["warc-record-id"], let uri = record["warc-target-uri"], let date = record["warc-date"]
    else { return nil }
    return PreviousCapture(payloadDigest: digest, targetURI: uri, date: date, recordID: id)
  }
}
