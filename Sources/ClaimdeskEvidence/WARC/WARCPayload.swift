import Foundation

/// The page a WARC snapshot holds: the body of one `response` record, with its Content-Encoding
/// undone, for reading the captured page's text again (the browser workspace's claim page).
public enum WARCPayload {
  /// The decoded body of the response record `recordID` in `path` (the last response when nil),
  /// or nil when the file, the record or its body cannot be read. A `revisit` record holds no
  /// body: read the capture it refers to instead.
  public static func body(path: String, recordID: String?, maxDecodedBytes: Int = 50 * 1024 * 1024) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path), let stored = stored(in: [UInt8](data), recordID: recordID)
    else { return nil }
    return decoded(stored, maxDecodedBytes: maxDecodedBytes)
  }

  /// The payload of the response record `recordID` in a WARC file's bytes (the last response
  /// when nil) as it was stored, still content-encoded: what the fetch's `raw_sha256` hashes.
  /// With its Content-Encoding and whether it was cut short; nil when there is no such record.
  public static func stored(in bytes: [UInt8], recordID: String?) -> (raw: [UInt8], encoding: String?, truncated: Bool)? {
    var found: ArraySlice<UInt8>?
    var truncated = false
    var position = 0
    while position < bytes.count {
      guard let (fields, blockStart) = WARCRecordHeader.parseHeader(bytes, from: position),
        let length = fields["content-length"].flatMap({ Int($0) }), length >= 0, blockStart + length <= bytes.count
      else { break }
      if fields["warc-type"] == "response", recordID == nil || fields["warc-record-id"] == recordID {
        found = bytes[blockStart..<(blockStart + length)]
        truncated = fields["warc-truncated"] != nil
        if recordID != nil { break }
      }
      position = blockStart + length + 4  // the block, then CRLF CRLF
    }
    guard let block = found, let split = headEnd(block) else { return nil }
    let head = String(decoding: block[block.startIndex..<split], as: UTF8.self)
    let encoding = head.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).lazy.compactMap { line -> String? in
      guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == "content-encoding" else { return nil }
      return String(line[line.index(after: colon)...])
    }.first
    return (Array(block[(split + 4)...]), encoding, truncated)
  }

  /// A stored payload with its Content-Encoding undone; nil when it cannot be decoded.
  public static func decoded(_ stored: (raw: [UInt8], encoding: String?, truncated: Bool), maxDecodedBytes: Int = 50 * 1024 * 1024) -> [UInt8]? {
    switch ContentDecoder.decode(stored.raw, encoding: stored.encoding, truncated: stored.truncated, maxBytes: maxDecodedBytes, maxRatio: 100) {
    case .success(let body): return body
    case .failure: return nil
    }
  }

  /// Where the HTTP head ends (the index of its CRLF CRLF).
  private static func headEnd(_ block: ArraySlice<UInt8>) -> Int? {
    var i = block.startIndex
    while i + 3 < block.endIndex {
      if block[i] == 0x0D, block[i + 1] == 0x0A, block[i + 2] == 0x0D, block[i + 3] == 0x0A { return i }
      i += 1
    }
    return nil
  }
}
