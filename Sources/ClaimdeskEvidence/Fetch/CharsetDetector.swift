import Foundation

/// Picks the character set of a body, in the order browsers use: a byte-order mark, the HTTP
/// header's `charset`, `<meta charset>` (or `http-equiv` content) in the first 1024 bytes, UTF-8
/// when every byte is valid UTF-8, else Windows-1252. Labels are normalised to the names in
/// `CharsetDetector.encodings` (`iso-8859-1` and `us-ascii` mean `windows-1252`, as in the
/// WHATWG Encoding Standard); a label we cannot decode is skipped.
public enum CharsetDetector {
  /// The charset used and what decided it.
  public static func detect(_ body: [UInt8], headerCharset: String?, truncated: Bool = false) -> (charset: String, source: CharsetSource) {
    if let bom = byteOrderMark(body) { return (bom, .bom) }
    if let label = headerCharset.flatMap(normalised) { return (label, .header) }
    if var label = metaCharset(body).flatMap(normalised) {
      if label.hasPrefix("utf-16") { label = "utf-8" }  // a meta tag read as ASCII cannot mean UTF-16
      return (label, .meta)
    }
    return isUTF8(body, truncated: truncated) ? ("utf-8", .detected) : ("windows-1252", .fallback)
  }

  /// Whether a media type is text, whose charset matters (nil: unknown, so treated as text).
  public static func appliesTo(mediaType: String?) -> Bool {
    guard let type = mediaType else { return true }
    return type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml") || type.hasSuffix("json")
      || type.hasSuffix("javascript")
  }

  /// The body as text in `charset` (a name from `detect`), invalid sequences replaced.
  public static func decode(_ body: [UInt8], charset: String) -> String {
    var bytes = body[...]
    if charset == "utf-8" && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if charset.hasPrefix("utf-16") && (bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
      bytes = bytes.dropFirst(2)
    }
    switch charset {
    case "utf-8": return String(decoding: bytes, as: UTF8.self)
    case "windows-1252": return windows1252(bytes)
    default:
      let encoding = encodings[charset] ?? .utf8
      return String(data: Data(bytes), encoding: encoding) ?? String(decoding: bytes, as: UTF8.self)
    }
  }

  /// The charsets we can decode, by normalised name.
  static let encodings: [String: String.Encoding] = [
    "utf-8": .utf8, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian, "windows-1252": .windowsCP1252,
    "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253,
    "windows-1254": .windowsCP1254, "iso-8859-2": .isoLatin2, "shift_jis": .shiftJIS, "euc-jp": .japaneseEUC,
    "iso-2022-jp": .iso2022JP,
  ]

  private static let aliases: [String: String] = [
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "utf-16": "utf-16le", "unicode": "utf-16le",
    "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "latin1": "windows-1252", "l1": "windows-1252",
    "us-ascii": "windows-1252", "ascii": "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
    "cp1250": "windows-1250", "cp1251": "windows-1251", "latin2": "iso-8859-2", "sjis": "shift_jis",
    "x-sjis": "shift_jis", "ms_kanji": "shift_jis", "windows-31j": "shift_jis",
  ]

  /// The normalised name of a label we can decode, or nil.
  static func normalised(_ label: String) -> String? {
    let name = HTTPResponseHead.trimmed(label).lowercased()
    let canonical = aliases[name] ?? name
    return encodings[canonical] == nil ? nil : canonical
  }

  private static func byteOrderMark(_ b: [UInt8]) -> String? {
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8" }
    if b.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
    if b.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
    return nil
  }

  /// The label of the first `<meta ... charset=...>` in the first 1024 bytes (both the
  /// `charset` attribute and `content="text/html; charset=..."`).
  static func metaCharset(_ body: [UInt8]) -> String? {
    let head = Array(body.prefix(1024))
    var i = 0
    while let tag = find(Array("<meta".utf8), in: head, from: i) {
      let end = head[tag...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
      if let at = find(Array("charset".utf8), in: Array(head[tag..<end]), from: 0) {
        var k = tag + at + 7
        while k < end && (head[k] == 0x20 || head[k] == 0x09) { k += 1 }
        if k < end && head[k] == UInt8(ascii: "=") {
          k += 1
          while k < end && (head[k] == 0x20 || head[k] == 0x09 || head[k] == 0x22 || head[k] == 0x27) { k += 1 }
          let start = k
          while k < end && !" \t\"';/>".utf8.contains(head[k]) { k += 1 }
          if k > start { return String(decoding: head[start..<k], as: UTF8.self) }
        }
      }
      i = tag + 5
    }
    return nil
  }

  /// Case-insensitive (ASCII) search of `needle` (lowercase) in `haystack`.
  private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var i = from
    while i + needle.count <= haystack.count {
      var k = 0
      while k < needle.count && (haystack[i + k] | 0x20) == needle[k] { k += 1 }
      if k == needle.count { return i }
      i += 1
    }
    return nil
  }

  /// Valid UTF-8; a body cut by a cap may end inside a character.
  static func isUTF8(_ body: [UInt8], truncated: Bool) -> Bool {
    if String(validating: body, as: UTF8.self) != nil { return true }
    guard truncated else { return false }
    for cut in 1...3 where body.count > cut {
      if String(validating: body.dropLast(cut), as: UTF8.self) != nil { return true }
    }
    return false
  }

  /// Windows-1252: Latin-1 except 0x80-0x9F, which hold typographic characters.
  private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte - 0x80)] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  private static let high: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
  ]
}
