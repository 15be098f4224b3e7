import ClaimdeskSupport
extension FetchResult {
  /// The `source.fetched` event fields: snake_case keys, integers only, times as RFC 3339 UTC
  /// with milliseconds. `warc_file` is relative to `base` when the file lies under it.
  public func jsonValue(relativeTo base: String? = nil) -> JSONValue {
    var object: [String: JSONValue] = [
      "requested_url": .string(requestedURL),
      "final_url": .string(finalURL),
      "hops": .array(hops.map(Self.json)),
      "started_at": .string(UTCTime.rfc3339(startedAt)),
      "ended_at": .string(UTCTime.rfc3339(endedAt)),
      "outcome": .string(outcome.rawValue),
      "http_status": .int(httpStatus),
      "content_type": .optional(contentType),
      "charset": .optional(charset),
      "charset_source": .optional(charsetSource?.rawValue),
      "header_charset": .optional(headerCharset),
      "content_encoding": .optional(contentEncoding),
      "bytes_raw": .int(rawBytes),
      "bytes_decoded": .int(decodedBytes),
      "truncated": .bool(truncated),
      "sha256_raw": .optional(rawSHA256),
      "sha256_decoded": .optional(decodedSHA256),
      "remote_ip": .optional(remoteIP),
      "warc_file": .optional(warcPath.map { Self.relative($0, to: base) }),
      "warc_record_id": .optional(warcRecordID),
      "attempts": .int(attempts),
      "error": .null,
      "revisit_of": .null,
    ]
    if let failure {
      object["error"] = ["category": .string(failure.category.rawValue), "message": .string(failure.message)]
    }
    if let revisitOf {
      object["revisit_of"] = [
        "record_id": .string(revisitOf.recordID), "target_uri": .string(revisitOf.targetURI),
        "date": .string(revisitOf.date), "payload_digest": .string(revisitOf.payloadDigest),
      ]
    }
    return .object(object)
  }

  private static func json(_ hop: FetchHop) -> JSONValue {
    [
      "url": .string(hop.url), "status": .int(hop.status), "remote_ip": .optional(hop.remoteIP),
      "location": .optional(hop.location), "warc_record_id": .optional(hop.warcRecordID),
    ]
  }

  private static func relative(_ path: String, to base: String?) -> String {
    guard let base, !base.isEmpty else { return path }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
