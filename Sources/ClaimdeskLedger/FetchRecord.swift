import ClaimdeskSupport
/// What one fetch established, as the ledger records it: the members of `source.fetched` (with
/// the URL and passages `SourceFetchedPayload` adds) and the `fetch` of a `document.added` read
/// from a URL. The Ledger knows no network: the workbench maps the fetcher's result into this.
/// One encoder (`json`) writes it and one decoder (`init(_:)`) reads it back; every other
/// layer uses the properties, never the member names.
public struct FetchRecord: Sendable, Equatable {
  public var requestedURL: String
  /// The URL of the last hop (the requested URL when nothing answered); empty when a record
  /// written by hand lacks it.
  public var finalURL: String
  public var hops: [FetchHopRecord]
  /// RFC 3339 UTC with milliseconds.
  public var startedAt: String
  public var endedAt: String
  /// `fetched`, `unchanged` or `failed`.
  public var outcome: String
  /// The final hop's status, 0 when no response arrived.
  public var httpStatus: Int
  public var contentType: String?
  public var charset: String?
  public var charsetSource: String?
  public var headerCharset: String?
  public var contentEncoding: String?
  public var rawBytes: Int
  public var decodedBytes: Int
  public var truncated: Bool
  /// Lowercase hex SHA-256 of the raw and of the decoded body.
  public var rawSHA256: String?
  public var decodedSHA256: String?
  public var remoteIP: String?
  /// The WARC file, relative to the workspace when it lies in it, and the record in it.
  public var warcFile: String?
  public var warcRecordID: String?
  public var attempts: Int
  public var failure: FetchFailureRecord?
  /// The earlier capture an `unchanged` fetch's revisit record points at.
  public var revisitOf: FetchRevisitRecord?

  public init(
    requestedURL: String, finalURL: String, hops: [FetchHopRecord], startedAt: String, endedAt: String,
    outcome: String, httpStatus: Int, contentType: String?, charset: String?, charsetSource: String?,
    headerCharset: String?, contentEncoding: String?, rawBytes: Int, decodedBytes: Int, truncated: Bool,
    rawSHA256: String?, decodedSHA256: String?, remoteIP: String?, warcFile: String?, warcRecordID: String?,
    attempts: Int, failure: FetchFailureRecord?, revisitOf: FetchRevisitRecord?
  ) {
    self.requestedURL = requestedURL
    self.finalURL = finalURL
    self.hops = hops
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.outcome = outcome
    self.httpStatus = httpStatus
    self.contentType = contentType
    self.charset = charset
    self.charsetSource = charsetSource
    self.headerCharset = headerCharset
    self.contentEncoding = contentEncoding
    self.rawBytes = rawBytes
    self.decodedBytes = decodedBytes
    self.truncated = truncated
    self.rawSHA256 = rawSHA256
    self.decodedSHA256 = decodedSHA256
    self.remoteIP = remoteIP
    self.warcFile = warcFile
    self.warcRecordID = warcRecordID
    self.attempts = attempts
    self.failure = failure
    self.revisitOf = revisitOf
  }

  /// True when this fetch captured the page (`CaptureRule`): a source whose latest fetch is not a
  /// capture is fetched again by the next `claimdesk fetch`.
  public var isCapture: Bool {
    CaptureRule.isCapture(outcome: outcome, failureCategory: failure?.category, httpStatus: httpStatus, truncated: truncated)
  }

  /// "HTTP 200", "HTTP 200, unchanged" or "failed (timeout)".
  public var summary: String { Self.summary(outcome: outcome, httpStatus: httpStatus, failureCategory: failure?.category) }

  static func summary(outcome: String, httpStatus: Int, failureCategory: String?) -> String {
    if let failureCategory { return "failed (\(failureCategory))" }
    return outcome == "unchanged" ? "HTTP \(httpStatus), unchanged" : "HTTP \(httpStatus)"
  }

  /// The members as written (snake_case keys, integers only, every key present).
  public var json: [String: JSONValue] {
    [
      "requested_url": .string(requestedURL), "final_url": .string(finalURL), "hops": .array(hops.map(\.json)),
      "started_at": .string(startedAt), "ended_at": .string(endedAt), "outcome": .string(outcome),
      "http_status": .int(httpStatus), "content_type": .optional(contentType), "charset": .optional(charset),
      "charset_source": .optional(charsetSource), "header_charset": .optional(headerCharset),
      "content_encoding": .optional(contentEncoding), "bytes_raw": .int(rawBytes), "bytes_decoded": .int(decodedBytes),
      "truncated": .bool(truncated), "sha256_raw": .optional(rawSHA256), "sha256_decoded": .optional(decodedSHA256),
      "remote_ip": .optional(remoteIP), "warc_file": .optional(warcFile), "warc_record_id": .optional(warcRecordID),
      "attempts": .int(attempts), "error": failure.map { .object($0.json) } ?? .null,
      "revisit_of": revisitOf.map { .object($0.json) } ?? .null,
    ]
  }

  /// Reads what `json` wrote; a member missing or of another type reads as absent (0, false),
  /// as the fold has always taken a hand-written record.
  public init(_ data: JSONValue) {
    requestedURL = data["requested_url"]?.stringValue ?? ""
    finalURL = data["final_url"]?.stringValue ?? ""
    hops = (data["hops"]?.arrayValue ?? []).compactMap(FetchHopRecord.init)
    startedAt = data["started_at"]?.stringValue ?? ""
    endedAt = data["ended_at"]?.stringValue ?? ""
    outcome = data["outcome"]?.stringValue ?? ""
    httpStatus = data["http_status"]?.intValue ?? 0
    contentType = data["content_type"]?.stringValue
    charset = data["charset"]?.stringValue
    charsetSource = data["charset_source"]?.stringValue
    headerCharset = data["header_charset"]?.stringValue
    contentEncoding = data["content_encoding"]?.stringValue
    rawBytes = data["bytes_raw"]?.intValue ?? 0
    decodedBytes = data["bytes_decoded"]?.intValue ?? 0
    truncated = data["truncated"]?.boolValue ?? false
    rawSHA256 = data["sha256_raw"]?.stringValue
    decodedSHA256 = data["sha256_decoded"]?.stringValue
    remoteIP = data["remote_ip"]?.stringValue
    warcFile = data["warc_file"]?.stringValue
    warcRecordID = data["warc_record_id"]?.stringValue
    attempts = data["attempts"]?.intValue ?? 0
    failure = data["error"].flatMap(FetchFailureRecord.init)
    revisitOf = data["revisit_of"].flatMap(FetchRevisitRecord.init)
  }
}
