import Testing
@testable import ClaimdeskText

/// Bytes to text: byte order marks, UTF-16, the Windows-1252 fallback, binary files, empty ones.
@Suite struct ByteDecodingTests {
  static let english = "The minister said the plan was dead. It was not."

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]
    var text: String
    var warning: String?
    var description: String { name }
  }

  static func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in s.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      out += bigEndian ? pair.reversed() : pair
    }
    return out
  }

  static let cases: [Case] = [
    Case(name: "UTF-8", bytes: Array(english.utf8), text: english),
    Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(english.utf8), text: english),
    Case(name: "UTF-16LE BOM", bytes: utf16(english + " Caf\u{E9} \u{1F600}.", bigEndian: false),
         text: english + " Caf\u{E9} \u{1F600}."),
    Case(name: "UTF-16BE BOM", bytes: utf16(english, bigEndian: true), text: english),
    Case(name: "Windows-1252", bytes: Array("Caf".utf8) + [0xE9] + Array(" costs ".utf8) + [0x80] + Array("5.".utf8),
         text: "Caf\u{E9} costs \u{20AC}5.", warning: "x.txt is not valid UTF-8; read it as Windows-1252"),
    Case(name: "NFC", bytes: Array("Cafe\u{301} opened.".utf8), text: "Caf\u{E9} opened."),
    Case(name: "NFC singletons", bytes: Array("\u{201C}5 \u{2126}\u{2001}\u{2014}\u{1F600}\u{201D}".utf8),
         text: "\u{201C}5 \u{3A9}\u{2003}\u{2014}\u{1F600}\u{201D}"),
    Case(name: "NFC after a quote", bytes: Array("\u{201D}e\u{301}".utf8), text: "\u{201D}\u{E9}"),
    Case(name: "CRLF", bytes: Array("One line.\r\nTwo lines.\r\n".utf8), text: "One line.\nTwo lines.\n"),
  ]

  @Test(arguments: cases) func decodes(_ c: Case) throws {
    let document = try DocumentReader.read(c.bytes, origin: "x.txt")
    #expect(document.text == c.text)
    #expect(Array(document.text.unicodeScalars) == Array(c.text.unicodeScalars))
    #expect(document.warnings == (c.warning.map { [$0] } ?? []))
  }

  @Test(arguments: [
    [0x47, 0x49, 0x46, 0x38, 0x00, 0x01] as [UInt8],  // a NUL byte
    Array(repeating: 0x01, count: 100) + Array("text".utf8),  // mostly control bytes
  ])
  func refusesBinary(_ bytes: [UInt8]) {
    #expect(throws: TextError.binary(origin: "x.bin")) {
      try DocumentReader.read(bytes, origin: "x.bin")
    }
    #expect(TextError.binary(origin: "x.bin").description == "x.bin looks binary, not text")
    #expect(TextError.binary(origin: "x.bin").exitStatus.rawValue == 65)
  }

  @Test(arguments: ["", "   \n\n\t\n"]) func emptyDocumentHasNoSentences(_ text: String) throws {
    let document = try DocumentReader.read(Array(text.utf8), origin: "x.txt")
    #expect(SentenceSplitter.split(document).isEmpty)
    #expect(document.warnings.isEmpty)
  }

  @Test func warnsOnceForMalformedUTF8PastTheSample() throws {
    // The first 64 KB are valid, so the file is UTF-8; later bad bytes become U+FFFD.
    var stream = SentenceStream(origin: "x.txt")
    var sentences = try stream.feed(Array(String(repeating: "It rained. ", count: 7000).utf8))
    sentences += try stream.feed([0x42, 0xFF, 0x61, 0x64, 0x2E, 0x20, 0xC3, 0x28, 0x6B, 0x2E, 0x0A])
    sentences += try stream.finish()
    #expect(sentences.count == 7002)
    #expect(sentences.suffix(2).map(\.text) == ["B\u{FFFD}ad.", "\u{FFFD}(k."])
    #expect(stream.warnings == ["x.txt: 2 malformed UTF-8 sequences were replaced with U+FFFD"])
  }

  @Test func warnsWhenNotEnglish() throws {
    let german = """
      Der Hund ist nicht in der Küche, und die Katze schläft auf dem Sofa. Wir gehen heute Abend \
      mit den Kindern in die Stadt, weil das Wetter schön ist und es keinen Regen gibt. Morgen \
      fahren wir nach Berlin.
      """
    let document = try DocumentReader.read(Array(german.utf8), origin: "de.txt")
    #expect(document.warnings == ["de.txt does not look like English; the sentence and claim rules are English-only"])
    let english = try DocumentReader.read(Array(String(repeating: Self.english + " ", count: 5).utf8), origin: "en.txt")
    #expect(english.warnings.isEmpty)
  }
}
