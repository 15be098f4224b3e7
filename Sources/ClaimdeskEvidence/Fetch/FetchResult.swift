import ClaimdeskSupport
import ClaimdeskText
/// Everything one fetch established: what the `source.fetched` event records (the workbench maps it into the Ledger's `FetchRecord`),
/// plus the decoded body for the page-text step.
public struct FetchResult: Sendable {
  public var requestedURL: String
  /// The URL of the last hop (the requested URL when nothing answered).
  public var finalURL: String
  /// Every hop in order; the last is the final answer. Empty when no connection was made.
  public var hops: [FetchHop] = []
  /// Milliseconds since 1970-01-01 UTC.
  public var startedAt: Int
  public var endedAt: Int
  public var outcome: FetchOutcome = .failed
  public var failure: FetchFailure?
  /// The final hop's status, 0 when no response arrived.
  public var httpStatus = 0
  public var contentType: String?
  /// The `charset` parameter of the Content-Type header, lowercased, as sent.
  public var headerCharset: String?
  /// The charset the body is read with (`HTMLReader.charset`, as the page reader decides it), nil for non-text media types.
  public var charset: String?
  public var charsetSource: CharsetSource?
  public var contentEncoding: String?
  /// Body bytes as received (de-chunked, still content-encoded), and after decoding.
  public var rawBytes = 0
  public var decodedBytes = 0
  /// A cap, a timeout or a closed connection cut the body.
  public var truncated = false
  /// Lowercase hex SHA-256 of the raw and of the decoded body (nil without a body).
  public var rawSHA256: String?
  public var decodedSHA256: String?
  /// The address of the final hop's connection.
  public var remoteIP: String?
  /// The WARC file (absolute path) and the final response or revisit record in it.
  public var warcPath: String?
  public var warcRecordID: String?
  /// The `WARC-Date` of that record, to cite it in a later `PreviousCapture`.
  public var warcDate: String?
  /// The earlier capture an `unchanged` fetch's revisit record points at.
  public var revisitOf: PreviousCapture?
  /// Requests made for the final hop, retries included.
  public var attempts = 0
  /// The decoded body (empty on failure); not part of the event.
  public var decodedBody: [UInt8] = []

  public init(requestedURL: String, startedAt: Int) {
    self.requestedURL = requestedURL
    self.finalURL = requestedURL
    self.startedAt = startedAt
    self.endedAt = startedAt
  }

  /// True when this fetch captured the page (`CaptureRule`): a complete final response, a 4xx
  /// answer included; a failure, a 5xx, 408, 429 or a truncated body is not a capture.
  public var isCapture: Bool {
    CaptureRule.isCapture(
      outcome: outcome.rawValue, failureCategory: failure?.category.rawValue, httpStatus: httpStatus, truncated: truncated)
  }

  /// The capture a later re-fetch compares against, when this fetch stored a response.
  /// An unchanged fetch keeps pointing at the original capture, as its revisit record does.
  public var capture: PreviousCapture? {
    if outcome == .unchanged { return revisitOf }
    guard let rawSHA256, let warcRecordID, let warcDate else { return nil }
    return PreviousCapture(
      payloadDigest: "sha256:" + rawSHA256, targetURI: finalURL, date: warcDate, recordID: warcRecordID)
  }
}
