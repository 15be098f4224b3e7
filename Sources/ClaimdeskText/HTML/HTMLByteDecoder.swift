/// The few decoders the HTML reader needs to hand libxml2 valid UTF-8: Windows-1252 (which
/// WHATWG also uses for ISO-8859-1 and US-ASCII labels), UTF-16 and UTF-8 repair.
/// Kept small and internal; the Text area's general decoder may replace it.
enum HTMLByteDecoder {
  /// Windows-1252's 0x80...0x9F block; the rest of the byte range maps to the same code point.
  private static let windows1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
      } else if b < 0xA0 {
        appendScalar(UInt32(windows1252High[Int(b) - 0x80]), to: &out)
      } else {
        appendScalar(UInt32(b), to: &out)
      }
    }
    return out
  }

  /// UTF-16 without its BOM; unpaired surrogates become U+FFFD, an odd last byte is dropped.
  static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    func unit(at j: Int) -> UInt32 {
      bigEndian ? UInt32(bytes[j]) << 8 | UInt32(bytes[j + 1]) : UInt32(bytes[j + 1]) << 8 | UInt32(bytes[j])
    }
    while i + 1 < bytes.endIndex {
      let u = unit(at: i)
      i += 2
      if u >= 0xD800 && u < 0xDC00, i + 1 < bytes.endIndex {
        let low = unit(at: i)
        if low >= 0xDC00 && low < 0xE000 {
          i += 2
          appendScalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
          continue
        }
      }
      appendScalar(u >= 0xD800 && u < 0xE000 ? 0xFFFD : u, to: &out)
    }
    return out
  }

  /// Whether the bytes are well-formed UTF-8 (an incomplete sequence at the very end counts as
  /// valid when `allowTruncatedEnd`, for input cut at a size limit).
  static func isValidUTF8(_ bytes: ArraySlice<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
    bytes.withUnsafeBufferPointer { isValidUTF8($0, allowTruncatedEnd: allowTruncatedEnd) }
  }

  private static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool) -> Bool {
    var i = 0
    let end = bytes.count
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    while i < end {
      // Pages are mostly ASCII: skip eight bytes at a time while no high bit is set.
      while i + 8 <= end, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
      guard i < end else { break }
      let b = bytes[i]
      if b < 0x80 { i += 1; continue }
      let length: Int
      var minimum: UInt8 = 0x80
      var maximum: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; minimum = 0xA0
      case 0xE1...0xEC, 0xEE, 0xEF: length = 3
      case 0xED: length = 3; maximum = 0x9F
      case 0xF0: length = 4; minimum = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; maximum = 0x8F
      default: return false
      }
      if i + length > end {
        guard allowTruncatedEnd else { return false }
        return continuationsValid(bytes, i + 1, end, minimum, maximum)
      }
      guard bytes[i + 1] >= minimum, bytes[i + 1] <= maximum else { return false }
      for j in (i + 2)..<(i + length) where bytes[j] & 0xC0 != 0x80 { return false }
      i += length
    }
    return true
  }

  private static func continuationsValid(
    _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ minimum: UInt8, _ maximum: UInt8
  ) -> Bool {
    guard from < end else { return true }
    guard bytes[from] >= minimum, bytes[from] <= maximum else { return false }
    for j in (from + 1)..<end where bytes[j] & 0xC0 != 0x80 { return false }
    return true
  }

  /// UTF-8 with every ill-formed sequence replaced by U+FFFD.
  static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    Array(String(decoding: bytes, as: UTF8.self).utf8)
  }

  static func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      out.append(UInt8(value))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (value >> 6)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (value >> 12)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (value >> 18)))
      out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    }
  }
}
