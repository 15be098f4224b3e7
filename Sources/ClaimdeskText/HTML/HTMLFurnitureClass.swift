import ClaimdeskSupport

/// Which kind of page furniture an element's class or id names ("figure-caption" a caption,
/// "byline__author" a byline, "related-links" related headlines), so that the text inside keeps
/// its place in the document but is marked as no part of the story's assertions. Words are split
/// on punctuation and camelCase and matched whole, as in `HTMLClassHint`.
enum HTMLFurnitureClass {
  static func classify(_ value: UnsafePointer<UInt8>) -> Paragraph.Kind? {
    var found: Paragraph.Kind?
    var hash = FNV1a.offset
    var length = 0
    var previousLower = false
    var i = 0
    func finish() {
      if length > 0, found == nil, let kind = words[hash] { found = kind }
      hash = FNV1a.offset
      length = 0
    }
    while true {
      let b = value[i]
      if b == 0 { break }
      i += 1
      let isUpper = b >= 0x41 && b <= 0x5A
      let isLower = b >= 0x61 && b <= 0x7A
      let isDigit = b >= 0x30 && b <= 0x39
      if !(isUpper || isLower || isDigit) {
        finish()
        previousLower = false
        continue
      }
      if isUpper && previousLower { finish() }
      previousLower = isLower || isDigit
      hash = FNV1a.addLowercased(hash, b)
      length += 1
      if i > 512 { break }
    }
    finish()
    return found
  }

  private static func hash(_ word: String) -> UInt64 {
    FNV1a.lowercased(word.utf8)
  }

  /// Class words news and blog sites use for each kind of furniture.
  private static let words: [UInt64: Paragraph.Kind] = {
    var table: [UInt64: Paragraph.Kind] = [:]
    func add(_ list: String, _ kind: Paragraph.Kind) {
      for word in list.split(separator: " ") { table[hash(String(word))] = kind }
    }
    add("caption captions figcaption imagecaption photocaption cutline cutlines", .caption)
    add("credit credits copyright photographer attribution", .credit)
    add("byline bylines author authors dateline timestamp published updated pubdate", .byline)
    add("bio bios biography contributor", .bio)
    add("nav navbar navigation menu breadcrumb breadcrumbs share sharing sharebar social newsletter "
      + "subscribe subscription signup promo", .navigation)
    add("related recirc recirculation recommended recommendations trending popular mostread "
      + "teaser teasers outbrain taboola", .related)
    add("chart graphic infographic legend axis", .label)
    return table
  }()
}
