import Foundation

/// The named fields of one WARC record, read back from a file (the block is skipped).
struct WARCRecordHeader {
  let fields: [String: String]

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
      records.append(WARCRecordHeader(fields: fields))
      position = blockStart + length + 4  // the block, then CRLF CRLF
    }
    return records
  }

  /// Fields (names lowercased) of the record starting at `start`, and where its block begins.
  private static func parseHeader(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
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
