import ClaimdeskSupport
/// Turns a document's bytes, chunk by chunk, into well-formed UTF-8: strips the byte order mark,
/// converts UTF-16 and Windows-1252, and replaces malformed UTF-8 with U+FFFD (counted, so the
/// reader can warn once).
struct ByteDecoder {
  let encoding: TextEncoding
  /// Malformed UTF-8 sequences replaced so far.
  private(set) var replacements = 0
  /// Bytes of a sequence that the previous chunk cut.
  private var carry: [UInt8] = []
  private var atStart = true

  init(encoding: TextEncoding) { self.encoding = encoding }

  static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Appends the UTF-8 of `chunk` to `out`; `final` flushes a sequence left open at the end.
  mutating func decode(_ chunk: [UInt8], final: Bool, into out: inout [UInt8]) {
    var input = chunk
    if !carry.isEmpty {
      input = carry + chunk
      carry = []
    }
    var start = 0
    if atStart {
      let bom: [UInt8]
      switch encoding {
      case .utf8: bom = [0xEF, 0xBB, 0xBF]
      case .utf16LE: bom = [0xFF, 0xFE]
      case .utf16BE: bom = [0xFE, 0xFF]
      case .windows1252: bom = []
      }
      if input.count < bom.count && !final && bom.starts(with: input) {
        carry = input
        return
      }
      if !bom.isEmpty && input.starts(with: bom) { start = bom.count }
      atStart = false
    }
    input.withUnsafeBufferPointer { buffer in
      let rest = UnsafeBufferPointer(rebasing: buffer[start...])
      switch encoding {
      case .utf8: decodeUTF8(rest, final: final, into: &out)
      case .utf16LE: decodeUTF16(rest, bigEndian: false, final: final, into: &out)
      case .utf16BE: decodeUTF16(rest, bigEndian: true, final: final, into: &out)
      case .windows1252: Windows1252.decode(rest, into: &out)
      }
    }
  }

  private mutating func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [UInt8]) {
    var i = 0
    var runStart = 0
    let n = b.count
    while i < n {
      // ASCII fast path, eight bytes at a time.
      while i + 8 <= n {
        let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
      if i >= n { break }
      if b[i] < 0x80 {
        i += 1
        continue
      }
      let length = UTF8Validation.sequenceLength(b, at: i)
      if length > 0 {
        i += length
      } else if length == UTF8Validation.truncated && !final {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
        carry = Array(b[i...])
        return
      } else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
        out.append(contentsOf: Self.replacement)
        replacements += 1
        i += 1
        runStart = i
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n]))
  }

  private mutating func decodeUTF16(
    _ b: UnsafeBufferPointer<UInt8>, bigEndian: Bool, final: Bool, into out: inout [UInt8]
  ) {
    var i = 0
    func unit(_ at: Int) -> UInt32 {
      bigEndian ? UInt32(b[at]) << 8 | UInt32(b[at + 1]) : UInt32(b[at + 1]) << 8 | UInt32(b[at])
    }
    while i + 1 < b.count {
      let u = unit(i)
      var scalar = u
      var used = 2
      if u >= 0xD800 && u < 0xDC00 {
        if i + 3 < b.count {
          let low = unit(i + 2)
          if low >= 0xDC00 && low < 0xE000 {
            scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            used = 4
          } else {
            scalar = 0xFFFD
          }
        } else if !final {
          break
        } else {
          scalar = 0xFFFD
        }
      } else if u >= 0xDC00 && u < 0xE000 {
        scalar = 0xFFFD
      }
      if scalar == 0xFFFD && u != 0xFFFD { replacements += 1 }
      Self.appendUTF8(scalar, to: &out)
      i += used
    }
    if i < b.count {
      if final {
        out.append(contentsOf: Self.replacement)
        replacements += 1
      } else {
        carry = Array(b[i...])
      }
    }
  }

  static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80:
      out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}
