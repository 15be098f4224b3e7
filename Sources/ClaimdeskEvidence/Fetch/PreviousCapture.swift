/// What the engine needs to know about an earlier capture of a URL to store an unchanged
/// re-fetch as a WARC `revisit` record instead of a second copy of the body.
public struct PreviousCapture: Sendable, Equatable {
  /// The earlier response's `WARC-Payload-Digest` ("sha256:<hex>", the raw body's SHA-256).
  public let payloadDigest: String
  /// Its `WARC-Target-URI` (the final URL of that fetch).
  public let targetURI: String
  /// Its `WARC-Date`.
  public let date: String
  /// Its `WARC-Record-ID`.
  public let recordID: String

  public init(payloadDigest: String, targetURI: String, date: String, recordID: String) {
    self.payloadDigest = payloadDigest
    self.targetURI = targetURI
    self.date = date
    self.recordID = recordID
  }
}
