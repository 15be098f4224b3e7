import Foundation
import Testing
@testable import ClaimdeskText

@Suite struct HTMLBadInputTests {
  static let paragraph =
    "<p>The bridge will be closed for repairs for three weeks from Monday, the highways agency said today.</p>"

  @Test func emptyPageIsAnEmptyDocument() throws {
    for input in ["", "   \n  "] {
      let document = try HTMLReader.read(Array(input.utf8))
      #expect(document.text.isEmpty)
      #expect(document.paragraphs.isEmpty)
      #expect(document.warnings == ["the page is empty"])
    }
  }

  @Test func onlyAScriptHasNoMainText() throws {
    let document = try HTMLReader.read(Array("<html><body><script>var a = '<p>not text</p>';</script></body></html>".utf8))
    #expect(document.paragraphs.isEmpty)
    #expect(document.warnings == ["the page has no main text"])
  }

  @Test(arguments: [
    ("%PDF-1.7\n1 0 obj", "a PDF document"), ("\u{89}PNG\r\n", "a PNG image"), ("GIF89a....", "a GIF image"),
  ])
  func otherFormatsAreRefused(prefix: String, kind: String) {
    var bytes = Array(prefix.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    bytes += [UInt8](repeating: 0, count: 64)
    #expect(throws: PageTextError.notHTML(kind: kind)) { try HTMLReader.read(bytes) }
    #expect(PageTextError.notHTML(kind: kind).exitStatus == .dataError)
  }

  @Test func binaryBytesAreRefused() {
    let bytes: [UInt8] = (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }
    #expect(throws: PageTextError.binary) { try HTMLReader.read(bytes) }
  }

  @Test func brokenMarkupStillReads() throws {
    let html = "<html><body><div><p>The bridge will be <b>closed <i>for repairs</b> for three weeks</i> from Monday, the highways agency said today.<p>Second paragraph with enough words to count as prose here.</div></span></table>"
    let document = try HTMLReader.read(Array(html.utf8))
    #expect(document.text.contains("closed for repairs for three weeks from Monday"))
    #expect(document.paragraphs.count == 2)
  }

  @Test(arguments: [100, 100_000])
  func deepNestingIsReadOrReported(depth: Int) throws {
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + Self.paragraph
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let document = try HTMLReader.read(Array(html.utf8))
    let warned = document.warnings.contains { $0.contains("or more deep") }
    // Text nested past libxml2's limit is lost: the document must say so.
    #expect(warned == (depth > 250))
    #expect(document.paragraphs.isEmpty == warned)
  }

  @Test func hugePageIsCutWithAWarning() throws {
    let unit = Array(Self.paragraph.utf8)
    var bytes = Array("<html><body><article>".utf8)
    // Just over the limit: the cut is what is tested (50 MB pages are for the benchmark).
    bytes.reserveCapacity(11 * 1024 * 1024 + unit.count)
    while bytes.count < 11 * 1024 * 1024 { bytes += unit }
    let document = try HTMLReader.read(bytes)
    #expect(document.warnings.contains("the page is larger than 10 MB; only its first 10 MB were read"))
    #expect(!document.paragraphs.isEmpty)
  }

  @Test func windows1252DeclaredAsUTF8IsReadAsWindows1252() throws {
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>The caf".utf8)
    bytes += [0xE9] + Array(" on the corner serves the best co".utf8) + [0x96] + Array("op coffee in town, people say.</p></body></html>".utf8)
    let document = try HTMLReader.read(bytes)
    #expect(document.text == "The café on the corner serves the best co–op coffee in town, people say.")
    #expect(document.warnings.contains { $0.contains("not valid UTF-8") })
  }

  @Test func contentTypeCharsetWinsOverMeta() throws {
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Na".utf8)
    bytes += [0xEF] + Array("ve readers believe every number they see in a chart, the author says.</p></body></html>".utf8)
    let document = try HTMLReader.read(bytes, contentType: "text/html; charset=ISO-8859-1")
    #expect(document.text.hasPrefix("Naïve readers"))
  }

  @Test func utf8DeclaredAsLatin1IsReadAsUTF8() throws {
    let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Zürich’s council approved the budget on Monday after a long debate, officials said.</p></body></html>"
    let document = try HTMLReader.read(Array(html.utf8))
    #expect(document.text.hasPrefix("Zürich’s council"))
  }

  @Test(arguments: [true, false])
  func utf16PageIsRead(withBOM: Bool) throws {
    let html = "<html><body><p>Zürich’s council approved the budget on Monday after a long debate, officials said.</p></body></html>"
    var bytes: [UInt8] = withBOM ? [0xFF, 0xFE] : []
    for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try HTMLReader.read(bytes)
    #expect(document.text == "Zürich’s council approved the budget on Monday after a long debate, officials said.")
  }
}
