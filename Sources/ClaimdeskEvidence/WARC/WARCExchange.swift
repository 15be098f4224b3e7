/// One hop as the WARC stores it: the request sent and the response received.
struct WARCExchange {
  var targetURI: String
  /// When the request was sent, milliseconds since 1970 UTC.
  var date: Int
  var remoteIP: String?
  var requestHead: [UInt8]
  /// The response head in archive form (see `HTTPResponseHead.bytesForArchive`).
  var responseHead: [UInt8]
  /// De-chunked, still content-encoded.
  var body: [UInt8]
  /// Lowercase hex SHA-256 of `body`.
  var bodySHA256: String
  /// `WARC-Truncated` reason: "length", "time" or "disconnect"; nil for a whole body.
  var truncation: String?
  /// Set when the payload equals an earlier capture's: a `revisit` record replaces the response.
  var revisitOf: PreviousCapture?
}
