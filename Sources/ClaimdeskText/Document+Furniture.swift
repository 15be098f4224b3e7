extension Document {
  /// Marks the paragraphs whose wording shows them to be page furniture (`FurniturePatterns`),
  /// and a short paragraph just before a photo credit as that photo's caption. HTML pages keep
  /// the kinds their markup gave; this catches what the markup did not say and all of plain text
  /// and Markdown.
  public mutating func markFurnitureByWording() {
    guard !paragraphs.isEmpty else { return }
    var scalars = text.unicodeScalars.startIndex
    var position = 0
    for index in paragraphs.indices {
      let paragraph = paragraphs[index]
      guard !paragraph.kind.isFurniture, paragraph.end - paragraph.start <= Self.longestFurniture,
        paragraph.start >= position
      else { continue }
      let from = text.unicodeScalars.index(scalars, offsetBy: paragraph.start - position)
      let to = text.unicodeScalars.index(from, offsetBy: paragraph.end - paragraph.start)
      scalars = to
      position = paragraph.end
      if let kind = FurniturePatterns.kind(of: Substring(text.unicodeScalars[from..<to])) {
        paragraphs[index].kind = kind
      }
    }
    for index in paragraphs.indices.dropFirst() where paragraphs[index].kind == .credit {
      let before = paragraphs[index - 1]
      if !before.kind.isFurniture, before.kind != .heading, before.end - before.start <= Self.longestCaption {
        paragraphs[index - 1].kind = .caption
      }
    }
  }

  /// Furniture is short: longer paragraphs are never read for it (keeps long texts fast).
  static let longestFurniture = 320
  /// A caption above a credit is a sentence or two.
  static let longestCaption = 260
}
