import CCurl
import Crypto
import Foundation

/// Writes one fetch (every hop) as one WARC 1.1 file: a `warcinfo` record, then a `request` and
/// a `response` (or `revisit`) record per hop, and for a failed fetch a `metadata` record saying
/// why (so that a reader of the folder alone, `WARCCaptureIndex`, never takes it for a capture). Digests are `sha256:<hex>`, which `warcio check`
/// verifies and which matches the SHA-256 the `source.fetched` event records.
struct WARCFileWriter {
  /// What was written: the file and, per hop, the response (or revisit) record id and date.
  struct Written {
    let path: String
    let responseIDs: [String]
    let dates: [String]
  }

  let directory: String
  let software: String

  static let revisitProfile = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"

  func write(_ exchanges: [WARCExchange], requestedURL: String, startedAt: Int, failure: FetchFailure? = nil) throws -> Written {
    let info = warcinfo(date: startedAt)
    var out: [UInt8] = []
    info.append(to: &out)
    var responseIDs: [String] = []
    var dates: [String] = []
    for exchange in exchanges {
      let response = responseRecord(exchange, warcinfoID: info.id)
      let request = requestRecord(exchange, concurrentTo: response.id, warcinfoID: info.id)
      request.append(to: &out)
      response.append(to: &out)
      responseIDs.append(response.id)
      dates.append(UTCTime.rfc3339(exchange.date))
    }
    if let failure {
      failureRecord(failure, about: exchanges.last?.targetURI ?? requestedURL, refersTo: responseIDs.last, warcinfoID: info.id)
        .append(to: &out)
    }
    let path = try store(out, name: fileName(requestedURL: requestedURL, startedAt: startedAt, id: info.id))
    return Written(path: path, responseIDs: responseIDs, dates: dates)
  }

  private func warcinfo(date: Int) -> WARCRecord {
    let text = "software: \(software)\r\nformat: WARC File Format 1.1\r\n"
      + "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
    let block = Array(text.utf8)
    return WARCRecord(
      type: "warcinfo", date: date,
      fields: [("Content-Type", "application/warc-fields"), ("WARC-Block-Digest", Self.digest([block]))],
      block: block)
  }

  /// "fetch-outcome: failed", the category and the message, as `application/warc-fields`.
  private func failureRecord(_ failure: FetchFailure, about target: String, refersTo: String?, warcinfoID: String) -> WARCRecord {
    let message = String(failure.message.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    let text = "\(Self.failureOutcomeField): failed\r\n\(Self.failureCategoryField): \(failure.category.rawValue)\r\n"
      + "fetch-message: \(message)\r\n"
    let block = Array(text.utf8)
    var fields = [("WARC-Target-URI", target)]
    if let refersTo { fields.append(("WARC-Refers-To", refersTo)) }
    fields += [
      ("WARC-Warcinfo-ID", warcinfoID), ("Content-Type", "application/warc-fields"),
      ("WARC-Block-Digest", Self.digest([block])),
    ]
    return WARCRecord(type: "metadata", date: UTCTime.nowMilliseconds(), fields: fields, block: block)
  }

  static let failureOutcomeField = "fetch-outcome"
  static let failureCategoryField = "fetch-error"

  private func requestRecord(_ exchange: WARCExchange, concurrentTo responseID: String, warcinfoID: String) -> WARCRecord {
    var fields = [("WARC-Target-URI", exchange.targetURI), ("WARC-Concurrent-To", responseID)]
    if let ip = exchange.remoteIP { fields.append(("WARC-IP-Address", ip)) }
    fields += [
      ("WARC-Warcinfo-ID", warcinfoID), ("Content-Type", "application/http;msgtype=request"),
      ("WARC-Block-Digest", Self.digest([exchange.requestHead])),
    ]
    return WARCRecord(type: "request", date: exchange.date, fields: fields, block: exchange.requestHead)
  }

  private func responseRecord(_ exchange: WARCExchange, warcinfoID: String) -> WARCRecord {
    var fields = [("WARC-Target-URI", exchange.targetURI)]
    if let ip = exchange.remoteIP { fields.append(("WARC-IP-Address", ip)) }
    fields += [("WARC-Warcinfo-ID", warcinfoID), ("Content-Type", "application/http;msgtype=response")]
    let payloadDigest = "sha256:" + exchange.bodySHA256
    if let previous = exchange.revisitOf {
      // Identical payload: keep the head as proof of this visit, point at the stored body.
      fields += [
        ("WARC-Profile", Self.revisitProfile), ("WARC-Refers-To", previous.recordID),
        ("WARC-Refers-To-Target-URI", previous.targetURI), ("WARC-Refers-To-Date", previous.date),
        ("WARC-Payload-Digest", payloadDigest), ("WARC-Block-Digest", Self.digest([exchange.responseHead])),
      ]
      return WARCRecord(type: "revisit", date: exchange.date, fields: fields, block: exchange.responseHead)
    }
    fields += [
      ("WARC-Payload-Digest", payloadDigest),
      ("WARC-Block-Digest", Self.digest([exchange.responseHead, exchange.body])),
    ]
    if let truncation = exchange.truncation { fields.append(("WARC-Truncated", truncation)) }
    return WARCRecord(type: "response", date: exchange.date, fields: fields, block: exchange.responseHead + exchange.body)
  }

  /// "20250301T120000123Z-<16 hex>.warc": sorts by time; the digest (of the URL and the
  /// warcinfo record id) keeps two fetches in the same millisecond apart.
  private func fileName(requestedURL: String, startedAt: Int, id: String) -> String {
    let hex = String(Self.hex(SHA256.hash(data: Array((requestedURL + "\n" + id).utf8))).prefix(16))
    return UTCTime.compact(startedAt) + "-" + hex + ".warc"
  }

  /// Writes beside the final name and renames, so a reader never sees half a file. No fsync per
  /// file (FileManager.createFile's costs 8 ms each and stalls the transfer loop): the engine
  /// flushes the folder once at the end of the run (`flush`).
  private func store(_ bytes: [UInt8], name: String) throws -> String {
    let path = (directory as NSString).appendingPathComponent(name)
    let temporary = path + ".partial"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FetchError.cannotWriteSnapshot(path: temporary) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { break }
      written += n
    }
    guard close(fd) == 0, written == bytes.count, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw FetchError.cannotWriteSnapshot(path: path)
    }
    return path
  }

  /// Puts every file written in the folder on disk with one `syncfs`, before the results (and
  /// the ledger events that cite the files) are handed back.
  func flush() {
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    cd_syncfs(fd)
    close(fd)
  }

  static func digest(_ parts: [[UInt8]]) -> String {
    var hasher = SHA256()
    for part in parts { hasher.update(data: part) }
    return "sha256:" + hex(hasher.finalize())
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for b in digest {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
