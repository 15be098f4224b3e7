/// Checks UTF-8 sequences one at a time, for the decoder's slow path and the encoding sniffer.
package enum UTF8Validation {
  /// The sequence at `i` is malformed.
  static let invalid = -1
  /// The sequence at `i` is well-formed so far but the buffer ends before it does.
  package static let truncated = -2

  /// The length of the well-formed sequence starting at `i` (1...4), or `invalid`/`truncated`.
  /// Rejects overlong forms, surrogates and code points above U+10FFFF, as the standard says.
  @inline(__always)
  package static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let lead = b[i]
    if lead < 0x80 { return 1 }
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return invalid
    }
    for k in 1..<length {
      guard i + k < b.count else { return truncated }
      let c = b[i + k]
      if k == 1 {
        guard c >= low && c <= high else { return invalid }
      } else {
        guard c & 0xC0 == 0x80 else { return invalid }
      }
    }
    return length
  }

  /// Whether `bytes` are well-formed UTF-8; a sequence cut by the end of a sample may be allowed.
  package static func isValid(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Bool {
    bytes.withUnsafeBufferPointer { isValid($0, allowTruncatedEnd: allowTruncatedEnd) }
  }

  package static func isValid(_ buffer: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool) -> Bool {
    var i = 0
    while i < buffer.count {
      // ASCII, eight bytes at a time.
      while i + 8 <= buffer.count,
        UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
      }
      guard i < buffer.count else { break }
      let length = sequenceLength(buffer, at: i)
      if length > 0 {
        i += length
      } else if length == truncated && allowTruncatedEnd {
        return true
      } else {
        return false
      }
    }
    return true
  }
}
