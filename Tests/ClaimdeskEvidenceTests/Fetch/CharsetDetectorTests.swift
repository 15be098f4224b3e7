import Testing
@testable import ClaimdeskEvidence

@Suite struct CharsetDetectorTests {
  static let cafe = Array("<p>Café</p>".utf8)
  static let latin = Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8)

  @Test(arguments: [
    ([0xEF, 0xBB, 0xBF] + latin, "windows-1252", "utf-8", CharsetSource.bom),
    ([0xFF, 0xFE, 0x3C, 0x00], nil, "utf-16le", .bom),
    ([0xFE, 0xFF, 0x00, 0x3C], "utf-8", "utf-16be", .bom),
    (cafe, "ISO-8859-1", "windows-1252", .header),
    (cafe, "Shift_JIS", "shift_jis", .header),
    (latin, "no-such-charset", "windows-1252", .fallback),
    (Array("<html><head><META Charset=\"windows-1251\">".utf8), nil, "windows-1251", .meta),
    (Array("<meta http-equiv='Content-Type' content='text/html; charset=latin1'>".utf8) + latin, nil, "windows-1252", .meta),
    (Array("<meta charset=utf-16>".utf8), nil, "utf-8", .meta),
    (Array(repeating: 0x20, count: 1024) + Array("<meta charset=windows-1251>".utf8), nil, "utf-8", .detected),
    (cafe, nil, "utf-8", .detected),
    (latin, nil, "windows-1252", .fallback),
    ([], nil, "utf-8", .detected),
  ] as [([UInt8], String?, String, CharsetSource)])
  func orderIsBOMHeaderMetaUTF8ThenWindows1252(body: [UInt8], header: String?, charset: String, source: CharsetSource) {
    let chosen = CharsetDetector.detect(body, headerCharset: header)
    #expect(chosen.charset == charset)
    #expect(chosen.source == source)
  }

  @Test func aBodyCutInsideACharacterIsStillUTF8() {
    let cut = Array(Self.cafe.prefix(7))  // "<p>Caf" + the first byte of "é"
    #expect(CharsetDetector.detect(cut, headerCharset: nil, truncated: true).charset == "utf-8")
    #expect(CharsetDetector.detect(cut, headerCharset: nil, truncated: false).charset == "windows-1252")
  }

  @Test(arguments: [
    (latin, "windows-1252", "<p>Café</p>"), ([0x93, 0x61, 0x94, 0x80], "windows-1252", "\u{201C}a\u{201D}€"),
    ([0xEF, 0xBB, 0xBF] + cafe, "utf-8", "<p>Café</p>"), ([0xFF, 0xFE, 0x61, 0x00], "utf-16le", "a"),
    ([0xC8, 0xE7], "windows-1251", "Из"),
  ] as [([UInt8], String, String)])
  func decodingUsesTheCharset(body: [UInt8], charset: String, text: String) {
    #expect(CharsetDetector.decode(body, charset: charset) == text)
  }

  @Test(arguments: [("text/html", true), ("application/xhtml+xml", true), ("application/json", true), ("image/png", false), (nil, true)] as [(String?, Bool)])
  func onlyTextHasACharset(type: String?, applies: Bool) {
    #expect(CharsetDetector.appliesTo(mediaType: type) == applies)
  }
}
