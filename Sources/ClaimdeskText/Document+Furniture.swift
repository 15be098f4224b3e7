extension Document {
  /// Marks the paragraphs whose wording shows them to be page furniture (`FurniturePatterns`),
  /// and a short paragraph just before a photo credit as that photo's caption. HTML pages keep
  /// the kinds their markup gave; this catches what the markup did not say and all of plain text
  /// and Markdown. One pass over the UTF-8 bytes; only short paragraphs are decoded.
  public mutating func markFurnitureByWording() {
    guard !paragraphs.isEmpty else { return }
    var found: [(index: Int, kind: Paragraph.Kind)] = []
    // Credits whose paragraph above is the story's, not their photo's caption.
    var storyAbove: Set<Int> = []
    let paragraphs = self.paragraphs
    text.withUTF8 { bytes in
      var scalar = 0
      var byte = 0
      /// Advances to scalar `target` (paragraphs come in order), counting scalars on the bytes.
      func advance(to target: Int) {
        while scalar < target, byte < bytes.count {
          byte += 1
          while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
          scalar += 1
        }
      }
      var lastRead: (index: Int, text: String)?
      // Under "Topics" or "Most viewed": the tags or headlines that follow, up to the next text.
      var inList = false
      // The bylines' words, so that "Ruth Michaelson is a freelance journalist ..." is a bio.
      var bylines: [String] = []
      for (index, paragraph) in paragraphs.enumerated() {
        // A credit the markup gave is read only to tell a site's notice from a photo's credit.
        let markedCredit = paragraph.kind == .credit
        let markedByline = paragraph.kind == .byline
        if paragraph.end - paragraph.start > Self.longestFurniture { inList = false }
        guard !paragraph.kind.isFurniture || markedCredit || markedByline, paragraph.end - paragraph.start <= Self.longestFurniture,
          paragraph.start >= scalar
        else { continue }
        advance(to: paragraph.start)
        let from = byte
        advance(to: paragraph.end)
        let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<byte]), as: UTF8.self)
        if markedByline {
          bylines.append(words)
          continue
        }
        var isCredit = markedCredit
        // "Ruth Michaelson in Cairo" is a byline next to a dateline ("Tue 19 Nov 2019 06.00 GMT").
        let datelineAbove = found.last.map { $0.index == index - 1 && $0.kind == .byline } ?? false
        if !markedCredit, let kind = FurniturePatterns.kind(of: Substring(words)) {
          found.append((index, kind))
          isCredit = kind == .credit
          if kind == .byline {
            bylines.append(words)
            if let above = lastRead, above.index == index - 1, FurniturePatterns.isNameInPlace(Substring(above.text)) {
              found.insert((above.index, .byline), at: found.count - 1)
              bylines.append(above.text)
            }
          }
          inList = FurniturePatterns.opensList(Substring(words))
        } else if !markedCredit, datelineAbove, FurniturePatterns.isNameInPlace(Substring(words)) {
          found.append((index, .byline))
          bylines.append(words)
        } else if !markedCredit {
          if inList, FurniturePatterns.isListEntry(Substring(words)) {
            found.append((index, .related))
          } else if FurniturePatterns.isBio(Substring(words), bylines: bylines) {
            found.append((index, .bio))
          } else {
            inList = FurniturePatterns.opensList(Substring(words))
            if inList { found.append((index, .navigation)) }
          }
        }
        let above = lastRead.flatMap { $0.index == index - 1 ? $0.text : nil }
        if isCredit, Self.leavesStoryAbove(credit: words, above: above) { storyAbove.insert(index) }
        lastRead = (index, words)
      }
    }
    for (index, kind) in found { self.paragraphs[index].kind = kind }
    for index in self.paragraphs.indices.dropFirst() where self.paragraphs[index].kind == .credit {
      let before = self.paragraphs[index - 1]
      let credit = self.paragraphs[index]
      if !before.kind.isFurniture, before.kind != .heading, before.end - before.start <= Self.longestCaption,
        credit.end - credit.start <= Self.longestBareCredit, !storyAbove.contains(index)
      {
        self.paragraphs[index - 1].kind = .caption
      }
    }
  }

  /// Whether the paragraph above a credit stays the story's: the credit is a site's notice or the
  /// story's sources, or carries a caption of its own ("© John Brecher Needle poking skin during
  /// ...", "Image: Jose Mourinho, left, has replaced ..."; a bare credit, "Sakib Ali/Hindustan
  /// Times/Getty Images", has eight words at most), or the paragraph above reads as reporting.
  private static func leavesStoryAbove(credit: String, above: String?) -> Bool {
    isRightsNotice(credit) || credit.split(separator: " ").count > 8 || above.map { readsAsReporting(Substring($0)) } ?? false
  }

  /// A quotation opening the paragraph or a verb of saying: the story's reporting ("Prakash
  /// explained that ...", `"I have not had any dizzy turns since recovering."`), not a photo's
  /// caption (a caption may quote a title: `A scene from "Joker" in Camden.`).
  private static func readsAsReporting(_ text: Substring) -> Bool {
    if let first = text.first, first == "\"" || first == "\u{201C}" || first == "\u{2018}" { return true }
    let lower = text.lowercased()
    return [" said", " says", " explained", " told ", " according to"].contains { lower.contains($0) }
  }

  /// "Copyright 2019 Hawaii News Now. All rights reserved.", "© 2019 Reuters": the site's notice
  /// at the end of a story, a credit of the page and not of a photo, so the story's last
  /// paragraph above it is no caption. So is "SOURCE: News agencies", the story's sources.
  private static func isRightsNotice(_ words: String) -> Bool {
    let lower = words.lowercased()
    if lower.contains("rights reserved") || lower.hasPrefix("source: ") || lower.hasPrefix("sources: ") { return true }
    // "copyright 2019", "© 2019", "(c) 2019": the year right after the sign.
    for sign in ["copyright ", "© ", "©", "(c) "] where lower.hasPrefix(sign) {
      let year = lower.dropFirst(sign.count).prefix(4)
      return year.count == 4 && year.allSatisfy(\.isNumber)
    }
    return false
  }

  /// Furniture is short: longer paragraphs are never read for it (keeps long texts fast).
  static let longestFurniture = 320
  /// A caption above a credit is a sentence or two.
  static let longestCaption = 260
  /// A credit alone, with no caption of its own, is short.
  static let longestBareCredit = 80
}
