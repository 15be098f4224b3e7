/// The character encoding of an HTML page, decided in the order browsers use: byte order mark,
/// the HTTP Content-Type charset, a `<meta>` declaration in the first 1024 bytes, then UTF-8 when
/// the bytes are valid UTF-8, else Windows-1252.
enum HTMLCharset: Equatable {
  case utf8
  case utf16LE
  case utf16BE
  case windows1252
  /// Any other label (Shift_JIS, KOI8-R, ...), left to libxml2's iconv-backed decoders.
  case other(String)

  struct Decision: Equatable {
    var charset: HTMLCharset
    /// Bytes of byte order mark to skip.
    var bomLength: Int
    /// A note for `Document.warnings` when the declaration was overruled.
    var warning: String? = nil
    /// Whether the bytes were checked and found to be valid UTF-8.
    var isValidUTF8 = false
  }

  static func decide(_ bytes: ArraySlice<UInt8>, contentType: String?) -> Decision {
    let s = bytes.startIndex
    if bytes.count >= 3, bytes[s] == 0xEF, bytes[s + 1] == 0xBB, bytes[s + 2] == 0xBF {
      return Decision(charset: .utf8, bomLength: 3)
    }
    if bytes.count >= 2, bytes[s] == 0xFE, bytes[s + 1] == 0xFF { return Decision(charset: .utf16BE, bomLength: 2) }
    if bytes.count >= 2, bytes[s] == 0xFF, bytes[s + 1] == 0xFE { return Decision(charset: .utf16LE, bomLength: 2) }
    if let sniffed = sniffUTF16WithoutBOM(bytes) { return Decision(charset: sniffed, bomLength: 0) }

    let declared = contentType.flatMap { label(inContentType: Array($0.utf8)[...]) }
      ?? label(inMetaOf: bytes.prefix(1536), startingBefore: bytes.startIndex + 1024)
    let valid = HTMLByteDecoder.isValidUTF8(bytes, allowTruncatedEnd: true)
    guard let declared else {
      return Decision(charset: valid ? .utf8 : .windows1252, bomLength: 0, isValidUTF8: valid)
    }
    switch charset(forLabel: declared) {
    // A page already in bytes cannot be UTF-16 if its <meta> was readable as ASCII.
    case .utf8, .utf16LE, .utf16BE:
      if valid { return Decision(charset: .utf8, bomLength: 0, isValidUTF8: true) }
      return Decision(
        charset: .windows1252, bomLength: 0,
        warning: "the page declares \(declared) but is not valid UTF-8; read as Windows-1252")
    case .windows1252:
      if valid && bytes.contains(where: { $0 >= 0x80 }) {
        return Decision(
          charset: .utf8, bomLength: 0, warning: "the page declares \(declared) but is UTF-8; read as UTF-8",
          isValidUTF8: true)
      }
      return Decision(charset: .windows1252, bomLength: 0)
    case .other(let name):
      return Decision(charset: .other(name), bomLength: 0)
    }
  }

  static func charset(forLabel label: String) -> HTMLCharset {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
    case "utf-16", "utf-16le", "unicode", "ucs-2": return .utf16LE
    case "utf-16be": return .utf16BE
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252",
      "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
      return .windows1252
    default: return .other(label)
    }
  }

  /// ASCII markup in UTF-16 without a BOM shows as zero bytes at every other position.
  private static func sniffUTF16WithoutBOM(_ bytes: ArraySlice<UInt8>) -> HTMLCharset? {
    let head = bytes.prefix(64)
    guard head.count >= 8 else { return nil }
    var evenZero = 0
    var oddZero = 0
    for (k, b) in head.enumerated() where b == 0 {
      if k % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
    }
    let half = head.count / 2
    if oddZero * 10 >= half * 9 && evenZero == 0 { return .utf16LE }
    if evenZero * 10 >= half * 9 && oddZero == 0 { return .utf16BE }
    return nil
  }

  /// The `charset=` parameter of a Content-Type value.
  static func label(inContentType bytes: ArraySlice<UInt8>) -> String? {
    guard let at = find(Array("charset".utf8), in: bytes) else { return nil }
    return labelAfterEquals(bytes, from: at + 7)
  }

  /// The charset of the first `<meta charset>` or `<meta http-equiv content="...charset=...">`
  /// that starts before `limit` (a tag may end past it).
  static func label(inMetaOf bytes: ArraySlice<UInt8>, startingBefore limit: Int) -> String? {
    var from = bytes.startIndex
    let metaTag = Array("<meta".utf8)
    while let at = find(metaTag, in: bytes[from...]), at < limit {
      let end = bytes[at...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex
      if let c = find(Array("charset".utf8), in: bytes[at..<end]), let label = labelAfterEquals(bytes[..<end], from: c + 7) {
        return label
      }
      from = end
    }
    return nil
  }

  private static func labelAfterEquals(_ bytes: ArraySlice<UInt8>, from start: Int) -> String? {
    var i = start
    while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "=") else { return nil }
    i += 1
    while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
    let begin = i
    while i < bytes.endIndex, isLabelByte(bytes[i]) { i += 1 }
    guard i > begin else { return nil }
    return String(decoding: bytes[begin..<i], as: UTF8.self)
  }

  private static func isLabelByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
      || b == 0x3A
  }

  /// Case-insensitive search for an ASCII needle (given in lower case).
  private static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
    guard hay.count >= needle.count, let first = needle.first else { return nil }
    var i = hay.startIndex
    let last = hay.endIndex - needle.count
    while i <= last {
      if hay[i] | 0x20 == first {
        var k = 1
        while k < needle.count, hay[i + k] | 0x20 == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
