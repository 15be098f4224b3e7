import Testing
@testable import ClaimdeskText

@Suite struct CharsetSnifferTests {
  static let cafe = Array("<p>Café</p>".utf8)
  static let latin = Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8)

  @Test(arguments: [
    ([0xEF, 0xBB, 0xBF] + latin, "windows-1252", "utf-8", CharsetSource.bom),
    ([0xFF, 0xFE, 0x3C, 0x00], nil, "utf-16le", .bom),
    ([0xFE, 0xFF, 0x00, 0x3C], "utf-8", "utf-16be", .bom),
    (Array("<p>ascii</p>".utf8), "ISO-8859-1", "windows-1252", .header),
    // Latin-1 declared over UTF-8 bytes: the bytes win, as the page reader always read them.
    (cafe, "ISO-8859-1", "utf-8", .detected),
    (latin, "utf-8", "windows-1252", .fallback),
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
    let chosen = CharsetSniffer.decide(body[...], headerCharset: header)
    #expect(chosen.charset.name == charset)
    #expect(chosen.source == source)
  }

  @Test func aBodyCutInsideACharacterIsStillUTF8() {
    let cut = Array(Self.cafe.prefix(7))  // "<p>Caf" + the first byte of "é"
    #expect(CharsetSniffer.decide(cut[...], headerCharset: nil).charset == .utf8)
  }

  @Test func overruledAndUnknownDeclarationsSaySo() throws {
    let unknown = CharsetSniffer.decide(Self.latin[...], headerCharset: "no-such-charset")
    #expect(unknown.warning == "the page's charset no-such-charset is unknown; read as Windows-1252")
    let utf8 = CharsetSniffer.decide(Self.cafe[...], headerCharset: "latin1")
    #expect(utf8.warning == "the page declares latin1 but is UTF-8; read as UTF-8")
  }

  /// One Windows-1252 table, the WHATWG one: the five bytes Windows leaves undefined are the C1
  /// controls of the same value, and 0x9F is Ÿ.
  @Test func windows1252IsTheWHATWGMapping() throws {
    let bytes: [UInt8] = [0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x9F, 0x93, 0x61, 0x94, 0xE9]
    var out: [UInt8] = []
    var decoder = ByteDecoder(encoding: .windows1252)
    decoder.decode(bytes, final: true, into: &out)
    #expect(Array(String(decoding: out, as: UTF8.self).unicodeScalars.map(\.value))
      == [0x20AC, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x178, 0x201C, 0x61, 0x201D, 0xE9])
    let page = try HTMLReader.read(Array("<p>".utf8) + bytes + Array("</p>".utf8), headerCharset: "windows-1252", url: nil)
    #expect(page.text.contains("€") && page.text.contains("\u{201C}a\u{201D}é"))
  }
}

@Suite struct FetchedPageCharsetTests {
  /// `extract URL` reads the fetched bytes through DocumentReader: the page's Content-Type
  /// charset must reach the HTML reader, or a page the fetch recorded as KOI8-R reads as Latin-1.
  @Test func documentReaderDecodesAFetchedPageByItsHeaderCharset() throws {
    let bytes = Array("<html><body><p>".utf8) + [0xE1, 0xC2] + Array(" 42</p></body></html>".utf8)
    let fetched = try DocumentReader.read(bytes, origin: "https://example.org/p", format: .html, headerCharset: "koi8-r")
    #expect(fetched.text.contains("Аб 42"))
    #expect(HTMLReader.charset(of: bytes, headerCharset: "koi8-r").charset.name == "koi8-r")
    let unlabelled = try DocumentReader.read(bytes, origin: "https://example.org/p", format: .html)
    #expect(!unlabelled.text.contains("Аб"))
  }
}
