import Foundation

/// The named fields of one WARC record, read back from a file (the block is skipped, but for the
/// HTTP status of a response or revisit and the fields of a small `metadata` record).
struct WARCRecordHeader {
  let fields: [String: String]
  /// The status of the HTTP response a `response` or `revisit` record holds.
  var httpStatus: Int?
  /// The `name: value` lines of a `metadata` record's block (names lowercased).
  var metadata: [String: String] = [:]

  init(fields: [String: String], httpStatus: Int? = nil, metadata: [String: String] = [:]) {
    self.fields = fields
    self.httpStatus = httpStatus
    self.metadata = metadata
  }

  subscript(name: String) -> String? { fields[name.lowercased()] }

  /// Every record header of an uncompressed WARC file, in order; stops at the first malformed record.
  static func readAll(path: String) -> [WARCRecordHeader] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let bytes = [UInt8](data)
    var records: [WARCRecordHeader] = []
    var position = 0
    while position < bytes.count {
      guard let (fields, blockStart) = parseHeader(bytes, from: position),
        let length = fields["content-length"].flatMap({ Int($0) }), length >= 0
      else { break }
      let end = min(bytes.count, blockStart + length)
      var record = WARCRecordHeader(fields: fields)
      switch fields["warc-type"] {
      case "response", "revisit": record.httpStatus = statusCode(bytes[blockStart..<min(end, blockStart + 64)])
      case "metadata" where length <= 4096: record.metadata = namedLines(bytes[blockStart..<end])
      default: break
      }
      records.append(record)
      position = blockStart + length + 4  // the block, then CRLF CRLF
    }
    return records
  }

  /// The code of an HTTP status line ("HTTP/1.1 404 Not Found" -> 404).
  private static func statusCode(_ head: ArraySlice<UInt8>) -> Int? {
    let line = String(decoding: head.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
    let parts = line.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, parts[0].hasPrefix("HTTP/") else { return nil }
    return Int(parts[1])
  }

  /// `name: value` lines (application/warc-fields), names lowercased.
  private static func namedLines(_ block: ArraySlice<UInt8>) -> [String: String] {
    var out: [String: String] = [:]
    for line in String(decoding: block, as: UTF8.self).split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
      guard let colon = line.firstIndex(of: ":") else { continue }
      out[line[..<colon].lowercased()] = String(line[line.index(after: colon)...].drop { $0 == " " })
    }
    return out
  }

  /// Fields (names lowercased) of the record starting at `start`, and where its block begins.
  static func parseHeader(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
    var fields: [String: String] = [:]
    var lineStart = start
    var first = true
    var i = start
    while i + 1 < bytes.count {
      guard bytes[i] == 0x0D && bytes[i + 1] == 0x0A else {
        i += 1
        continue
      }
      let line = String(decoding: bytes[lineStart..<i], as: UTF8.self)
      if line.isEmpty { return first ? nil : (fields, i + 2) }
      if first {
        guard line.hasPrefix("WARC/") else { return nil }
        first = false
      } else if let colon = line.firstIndex(of: ":") {
        let value = line[line.index(after: colon)...].drop { $0 == " " }
        fields[line[..<colon].lowercased()] = String(value)
      }
      i += 2
      lineStart = i
    }
    return nil
  }
}
