import Foundation

/// Lays the chosen blocks out as a `Document`: paragraphs separated by a blank line, offsets in
/// Unicode scalars, links over their anchor text, the page's headline left to `title`.
struct HTMLDocumentAssembler {
  let walk: HTMLTreeWalk
  let titleCandidates: [String]
  let base: String?
  /// Each block's furniture kind (`HTMLFurnitureMarks`), which overrides the kind its tag gave.
  let furniture: [Paragraph.Kind?]

  func assemble(_ selected: [Int]) -> Document {
    let titles = titleCandidates.map(Self.comparable)
    var text = ""
    var offset = 0
    var paragraphs: [Paragraph] = []
    var links: [DocumentLink] = []
    var spanIndex = 0
    let spans = walk.links
    for b in selected {
      let block = walk.blocks[b]
      let bytes = walk.text[Int(block.start)..<Int(block.end)]
      var paragraphText = String(decoding: bytes, as: UTF8.self)
      if block.kind == .heading && block.isTitleLevelHeading && isTitle(paragraphText, titles) { continue }
      if Self.mayNeedComposition(bytes) { paragraphText = paragraphText.precomposedStringWithCanonicalMapping }
      let length = paragraphText.unicodeScalars.count
      if !paragraphs.isEmpty {
        text += "\n\n"
        offset += 2
      }
      text += paragraphText
      paragraphs.append(Paragraph(start: offset, end: offset + length, kind: furniture[b] ?? block.kind))

      while spanIndex < spans.count && spans[spanIndex].block < Int32(b) { spanIndex += 1 }
      while spanIndex < spans.count && spans[spanIndex].block == Int32(b) {
        let span = spans[spanIndex]
        spanIndex += 1
        guard let url = resolve(walk.hrefs[Int(span.href)]) else { continue }
        let start = Self.scalars(walk.text[Int(block.start)..<Int(span.start)])
        let end = Self.scalars(walk.text[Int(block.start)..<Int(span.end)])
        links.append(DocumentLink(url: url, start: offset + min(start, length), end: offset + min(end, length)))
      }
      offset += length
    }
    let warnings = paragraphs.isEmpty ? ["the page has no main text"] : []
    return Document(text: text, format: .html, paragraphs: paragraphs, links: links, warnings: warnings)
  }

  private func isTitle(_ heading: String, _ titles: [String]) -> Bool {
    let h = Self.comparable(heading)
    guard !h.isEmpty else { return false }
    return titles.contains { $0 == h || (h.count >= 15 && $0.contains(h)) }
  }

  private func resolve(_ href: String) -> String? {
    let trimmed = HTMLMetadataReader.collapse(href)
    if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("javascript:") { return nil }
    return HTMLMetadataReader.resolve(trimmed, against: base) ?? trimmed
  }

  private static func comparable(_ s: String) -> String {
    HTMLMetadataReader.collapse(s).lowercased()
  }

  private static func scalars(_ bytes: ArraySlice<UInt8>) -> Int {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
  }

  /// Combining marks (U+0300...U+036F, Hangul jamo, kana voicing marks) are the common case
  /// where NFC changes the text; everything else is already composed.
  private static func mayNeedComposition(_ bytes: ArraySlice<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for b in bytes {
      if b == 0xCC || b == 0xCD || (previous == 0xE1 && b >= 0x84 && b <= 0x87) || (previous == 0xE3 && b == 0x82) {
        return true
      }
      previous = b
    }
    return false
  }
}
