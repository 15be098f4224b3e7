import CLibXML2
import Foundation
import ClaimdeskSupport

/// Decides the charset of a page or a fetched body, in the order browsers use: byte order mark,
/// the HTTP Content-Type charset, a `<meta>` declaration starting in the first 1024 bytes, then
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252. A declaration the bytes contradict
/// (UTF-8 that is not, Latin-1 that is UTF-8) or that no decoder knows is overruled with a
/// warning. The fetcher records what this decides and the HTML reader decodes with it, so the
/// recorded charset is always the one the page's text was read in.
public enum CharsetSniffer {
  /// - Parameter headerCharset: the `charset` parameter of the HTTP Content-Type, if any.
  public static func decide(_ bytes: ArraySlice<UInt8>, headerCharset: String?) -> CharsetDecision {
    let s = bytes.startIndex
    if bytes.count >= 3, bytes[s] == 0xEF, bytes[s + 1] == 0xBB, bytes[s + 2] == 0xBF {
      return CharsetDecision(charset: .utf8, source: .bom, bomLength: 3)
    }
    if bytes.count >= 2, bytes[s] == 0xFE, bytes[s + 1] == 0xFF {
      return CharsetDecision(charset: .utf16BE, source: .bom, bomLength: 2)
    }
    if bytes.count >= 2, bytes[s] == 0xFF, bytes[s + 1] == 0xFE {
      return CharsetDecision(charset: .utf16LE, source: .bom, bomLength: 2)
    }
    if let sniffed = sniffUTF16WithoutBOM(bytes) { return CharsetDecision(charset: sniffed, source: .bom) }

    let header = headerCharset.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    let declared = header.map { ($0, CharsetSource.header) }
      ?? label(inMetaOf: bytes.prefix(1536), startingBefore: bytes.startIndex + 1024).map { ($0, .meta) }
    let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0, allowTruncatedEnd: true) }
    let detected = valid
      ? CharsetDecision(charset: .utf8, source: .detected, isValidUTF8: true)
      : CharsetDecision(charset: .windows1252, source: .fallback)
    guard let (label, source) = declared else { return detected }
    switch Charset(label: label) {
    // A page already in bytes cannot be UTF-16 if its <meta> was readable as ASCII.
    case .utf8, .utf16LE, .utf16BE:
      if valid { return CharsetDecision(charset: .utf8, source: source, isValidUTF8: true) }
      return CharsetDecision(
        charset: .windows1252, source: .fallback,
        warning: "the page declares \(label) but is not valid UTF-8; read as Windows-1252")
    case .windows1252:
      if valid && bytes.contains(where: { $0 >= 0x80 }) {
        return CharsetDecision(
          charset: .utf8, source: .detected, warning: "the page declares \(label) but is UTF-8; read as UTF-8",
          isValidUTF8: true)
      }
      return CharsetDecision(charset: .windows1252, source: source)
    case .other(let name):
      if isKnownToLibXML2(name) { return CharsetDecision(charset: .other(name), source: source) }
      var unknown = detected
      unknown.warning = "the page's charset \(name) is unknown; read as \(valid ? "UTF-8" : "Windows-1252")"
      return unknown
    }
  }

  /// Whether libxml2 (through iconv) can decode the label; the handler it makes is released.
  private static func isKnownToLibXML2(_ name: String) -> Bool {
    guard let handler = xmlFindCharEncodingHandler(name) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  /// ASCII markup in UTF-16 without a BOM shows as zero bytes at every other position.
  private static func sniffUTF16WithoutBOM(_ bytes: ArraySlice<UInt8>) -> Charset? {
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
  public static func label(inContentType bytes: ArraySlice<UInt8>) -> String? {
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
