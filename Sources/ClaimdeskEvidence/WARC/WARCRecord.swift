import Foundation

/// One WARC 1.1 record: its named fields and its content block.
struct WARCRecord {
  let type: String
  let id: String
  var fields: [(String, String)]
  var block: [UInt8]

  init(type: String, date: Int, fields: [(String, String)], block: [UInt8]) {
    self.type = type
    self.id = Self.newID()
    self.fields = [("WARC-Type", type), ("WARC-Record-ID", id), ("WARC-Date", UTCTime.rfc3339(date))] + fields
    self.block = block
  }

  /// "<urn:uuid:...>", as WARC-Record-ID and the fields that point at records want it.
  static func newID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

  /// Header, blank line, block, and the two CRLFs that end every record.
  func append(to out: inout [UInt8]) {
    out.append(contentsOf: Array("WARC/1.1\r\n".utf8))
    for (name, value) in fields {
      out.append(contentsOf: Array("\(name): \(value)\r\n".utf8))
    }
    out.append(contentsOf: Array("Content-Length: \(block.count)\r\n\r\n".utf8))
    out.append(contentsOf: block)
    out.append(contentsOf: Array("\r\n\r\n".utf8))
  }
}
