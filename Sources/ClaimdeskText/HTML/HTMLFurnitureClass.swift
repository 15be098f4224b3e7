/// Which kind of page furniture an element's class or id names ("figure-caption" a caption,
/// "byline__author" a byline, "related-links" related headlines), so that the text inside keeps
/// its place in the document but is marked as no part of the story's assertions. Words are split
/// on punctuation and camelCase and matched whole (`HTMLClassWords`).
enum HTMLFurnitureClass {
  static func classify(_ value: UnsafePointer<UInt8>) -> Paragraph.Kind? {
    var found: Paragraph.Kind?
    HTMLClassWords.forEach(in: value) { word in
      if found == nil, let kind = words[word] { found = kind }
    }
    return found
  }


  /// Class words news and blog sites use for each kind of furniture.
  private static let words: [UInt64: Paragraph.Kind] = {
    var table: [UInt64: Paragraph.Kind] = [:]
    func add(_ list: String, _ kind: Paragraph.Kind) {
      for word in list.split(separator: " ") { table[HTMLClassWords.hash(String(word))] = kind }
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
