import CLibXML2

/// One pass over libxml2's tree, in document order, without recursion (so depth costs nothing):
/// it collects the elements (with parent links and class hints), the text blocks with their
/// links, and the raw metadata. Choosing the main content happens afterwards on these arrays.
struct HTMLTreeWalk {
  struct Element {
    var parent: Int32
    var tag: HTMLTag
    var hint: HTMLClassHint
    /// One past the index of the element's last descendant.
    var end: Int32
    /// The furniture its tag or class names (a `figcaption`, a "byline" class), if any.
    var furniture: Paragraph.Kind?
  }

  struct Block {
    /// Byte range in `text`.
    var start: Int32
    var end: Int32
    /// The innermost element around the block's text.
    var element: Int32
    var kind: Paragraph.Kind
    /// Unicode scalars of the block, and of those inside links.
    var length: Int32
    var linkLength: Int32
    /// Words outside links: a sentence around its links has some, a list of links next to none.
    var unlinkedWords: Int32
    var isTitleLevelHeading: Bool
    /// Ends in sentence punctuation (. ! ? : or a closing quote or bracket).
    var endsLikeSentence: Bool
    /// Its last character is link text (a headline with its period inside the link).
    var endsInLink: Bool
    /// Starts like a tag with attributes: markup that leaked into text (inside noscript, say).
    var looksLikeMarkup: Bool
  }

  struct LinkSpan {
    var block: Int32
    /// Byte range in `text`.
    var start: Int32
    var end: Int32
    var href: Int32
  }

  private struct Open {
    var element: Int32
    var tag: HTMLTag
    var kind: Paragraph.Kind?
    var href: Int32
    /// For an inline element opened inside running text: where its text starts, to take it out
    /// again if it turns out to be a card (`isCard`).
    var inline: InlineStart?
  }

  /// The walk's state when an inline element opened after some text of its block.
  private struct InlineStart {
    var text: Int32
    var blocks: Int32
    var links: Int32
    var lastLinkEnd: Int32
    var length: Int32
    var linkLength: Int32
    var unlinkedWords: Int32
    var pendingSpace: Bool
    var anchors: Int32
    var images: Int32
  }

  private(set) var elements: [Element] = []
  private(set) var blocks: [Block] = []
  private(set) var text: [UInt8] = []
  private(set) var links: [LinkSpan] = []
  private(set) var hrefs: [String] = []
  private(set) var metadata = HTMLRawMetadata()
  /// The deepest nesting of elements met (libxml2 stops parsing at 256).
  private(set) var maximumDepth = 0

  private var stack: [Open] = []
  private var blockStart = 0
  private var blockLength: Int32 = 0
  private var blockLinkLength: Int32 = 0
  private var blockUnlinkedWords: Int32 = 0
  /// Whether the last byte appended outside a link was part of a word.
  private var inWord = false
  private var pendingSpace = false
  /// Links (`a` with an href) and images met so far, to count those inside an element.
  private var anchors: Int32 = 0
  private var images: Int32 = 0

  init(document: xmlDocPtr) {
    elements.reserveCapacity(4096)
    text.reserveCapacity(1 << 16)
    walk(document)
  }

  private mutating func walk(_ document: xmlDocPtr) {
    var current = document.pointee.children
    while let node = current {
      var descend = false
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        if enter(node) {
          if node.pointee.children != nil { descend = true } else { exit() }
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content { appendText(content) }
      default:
        break
      }
      if descend {
        current = node.pointee.children
        continue
      }
      current = nil
      var climbing = node
      while true {
        if let next = climbing.pointee.next {
          current = next
          break
        }
        guard let parent = climbing.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
        exit()
        climbing = parent
      }
    }
    while !stack.isEmpty { exit() }
    flush()
  }

  /// Opens an element; false when its subtree is to be skipped.
  private mutating func enter(_ node: xmlNodePtr) -> Bool {
    guard let name = node.pointee.name else { return false }
    let tag = HTMLTag.lookup(name)
    if tag == .br {
      pendingSpace = blockStart < text.count
      return false
    }
    if tag == .img {
      images += 1
      return false
    }
    var hint = tag.isFurniture ? HTMLClassHint.boilerplate : .none
    var furniture: Paragraph.Kind? = tag == .figcaption ? .caption : tag == .nav ? .navigation : nil
    var href: Int32 = -1
    var attribute = node.pointee.properties
    while let a = attribute {
      attribute = a.pointee.next
      guard let attributeName = a.pointee.name else { continue }
      let kind = HTMLAttribute.lookup(attributeName)
      if kind == .other { continue }
      let value = a.pointee.children?.pointee.content
      switch kind {
      case .class, .id:
        if let value {
          hint = Self.combine(hint, HTMLClassHint.classify(value))
          if furniture == nil { furniture = HTMLFurnitureClass.classify(value) }
        }
      case .hidden:
        return false
      case .ariaHidden:
        if let value, Self.equalsIgnoringCase(value, "true") { return false }
      case .style:
        if let value, Self.hidesElement(style: value) { return false }
      case .role:
        if let value {
          if Self.equalsIgnoringCase(value, "navigation") || Self.equalsIgnoringCase(value, "contentinfo")
            || Self.equalsIgnoringCase(value, "complementary") || Self.equalsIgnoringCase(value, "banner")
          {
            hint = Self.combine(hint, .boilerplate)
          } else if Self.equalsIgnoringCase(value, "main") || Self.equalsIgnoringCase(value, "article") {
            hint = Self.combine(hint, .content)
          }
        }
      case .itemprop:
        if let value, Self.equalsIgnoringCase(value, "articleBody") { hint = .content }
      case .href:
        if tag == .a, let value {
          anchors += 1
          href = Int32(hrefs.count)
          hrefs.append(String(cString: value))
        }
      case .datetime:
        if tag == .time, metadata.firstTime == nil, let value { metadata.firstTime = String(cString: value) }
      case .lang:
        if tag == .html, let value { metadata.language = String(cString: value) }
      default:
        break
      }
    }
    if tag.isSkipped {
      collectMetadata(node, tag: tag)
      return false
    }
    if tag.isBlock { flush() }
    if tag == .article || tag == .main { hint = Self.combine(hint, .content) }
    let parent = stack.last
    let kind: Paragraph.Kind? = tag == .p || tag.paragraphKind == nil ? parent?.kind : tag.paragraphKind
    let index = Int32(elements.count)
    elements.append(Element(parent: parent?.element ?? -1, tag: tag, hint: hint, end: index + 1, furniture: furniture))
    var inline: InlineStart?
    if !tag.isBlock && tag != .a && text.count > blockStart {
      inline = InlineStart(
        text: Int32(text.count), blocks: Int32(blocks.count), links: Int32(links.count),
        lastLinkEnd: links.last?.end ?? 0, length: blockLength, linkLength: blockLinkLength,
        unlinkedWords: blockUnlinkedWords, pendingSpace: pendingSpace, anchors: anchors, images: images)
    }
    stack.append(
      Open(element: index, tag: tag, kind: kind, href: href >= 0 ? href : parent?.href ?? -1, inline: inline))
    if stack.count > maximumDepth { maximumDepth = stack.count }
    return true
  }

  private mutating func exit() {
    guard let open = stack.popLast() else { return }
    if open.tag.isBlock { flush(closing: open) }
    if let start = open.inline, isCard(since: start) { takeOut(since: start) }
    elements[Int(open.element)].end = Int32(elements.count)
  }

  /// A card inside a sentence: an inline element, opened after some of its paragraph's text,
  /// holding a picture and two or more links that make up most of its text. A person's hover
  /// card (photo, name, latest headlines) is written into the page right after the name it
  /// explains, and the browser hides it until the pointer is over the name; read as text it
  /// splits the sentence and makes the paragraph look like a list of links.
  private func isCard(since start: InlineStart) -> Bool {
    guard Int32(blocks.count) == start.blocks, images > start.images, anchors - start.anchors >= 2 else { return false }
    let length = blockLength - start.length
    let linkLength = blockLinkLength - start.linkLength
    return linkLength * 2 > length
  }

  /// Removes the text, links and counts appended since `start`, as if the element were hidden.
  private mutating func takeOut(since start: InlineStart) {
    text.removeSubrange(Int(start.text)...)
    links.removeSubrange(Int(start.links)...)
    // The card's first link may have been merged into the one before it (the same person).
    if !links.isEmpty, Int32(links.count) == start.links { links[links.count - 1].end = start.lastLinkEnd }
    blockLength = start.length
    blockLinkLength = start.linkLength
    blockUnlinkedWords = start.unlinkedWords
    pendingSpace = start.pendingSpace
    inWord = false
    // Its picture and links are gone too: an element around it is judged without them.
    anchors = start.anchors
    images = start.images
  }

  /// Closes the current block of text, if any, as belonging to the innermost open element.
  private mutating func flush(closing: Open? = nil) {
    defer {
      blockStart = text.count
      blockLength = 0
      blockLinkLength = 0
      blockUnlinkedWords = 0
      inWord = false
      pendingSpace = false
    }
    guard text.count > blockStart, let owner = closing ?? stack.last else { return }
    let isTitleHeading = owner.tag == .h1 || owner.tag == .h2
    let last = text[text.count - 1]
    let endsLikeSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22
      || last == 0x29 || (text.count >= 3 && text[text.count - 3] == 0xE2 && text[text.count - 2] == 0x80
        && (last == 0x9D || last == 0x99))
    blocks.append(
      Block(
        start: Int32(blockStart), end: Int32(text.count), element: owner.element, kind: owner.kind ?? .paragraph,
        length: blockLength, linkLength: blockLinkLength, unlinkedWords: blockUnlinkedWords,
        isTitleLevelHeading: isTitleHeading,
        endsLikeSentence: endsLikeSentence,
        endsInLink: links.last.map { $0.block == Int32(blocks.count) && $0.end == Int32(text.count) } ?? false,
        looksLikeMarkup: text[blockStart] == 0x3C && text[blockStart..<min(text.count, blockStart + 200)].contains(0x3D)))
  }

  /// Appends a text node with white space collapsed (no-break spaces count as spaces).
  private mutating func appendText(_ content: UnsafePointer<UInt8>) {
    guard stack.last != nil else { return }
    let href = stack.last?.href ?? -1
    var firstByte = -1
    var scalars: Int32 = 0
    var words: Int32 = 0
    var i = 0
    while true {
      let b = content[i]
      if b == 0 { break }
      i += 1
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
        pendingSpace = text.count > blockStart
        inWord = false
        continue
      }
      if b == 0xC2 && content[i] == 0xA0 {
        i += 1
        pendingSpace = text.count > blockStart
        inWord = false
        continue
      }
      if b == 0xE2 && content[i] == 0x80 && content[i + 1] == 0x8B {  // zero width space
        i += 2
        continue
      }
      if pendingSpace {
        text.append(0x20)
        scalars += 1
        pendingSpace = false
      }
      if firstByte < 0 { firstByte = text.count }
      text.append(b)
      if b & 0xC0 != 0x80 {
        scalars += 1
        let isWord = Self.startsWordCharacter(b)
        if isWord && !inWord { words += 1 }
        inWord = isWord
      }
    }
    guard firstByte >= 0 else { return }
    blockLength += scalars
    if href < 0 {
      blockUnlinkedWords += words
    } else {
      inWord = false
      blockLinkLength += scalars
      let block = Int32(blocks.count)
      if let last = links.last, last.block == block, last.href == href, last.end >= Int32(firstByte - 1) {
        links[links.count - 1].end = Int32(text.count)
      } else {
        links.append(LinkSpan(block: block, start: Int32(firstByte), end: Int32(text.count), href: href))
      }
    }
  }

  /// Letters and digits in ASCII and in the scripts written with two- to four-byte UTF-8;
  /// U+0080...U+00BF (0xC2: «, ©, °) and U+2000...U+2FFF (0xE2: dashes, quotes, arrows) are not.
  private static func startsWordCharacter(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0xC3 && b != 0xE2)
  }

  private mutating func collectMetadata(_ node: xmlNodePtr, tag: HTMLTag) {
    switch tag {
    case .title:
      if metadata.title == nil { metadata.title = Self.childText(node) }
    case .meta:
      var key: String?
      var content: String?
      var attribute = node.pointee.properties
      while let a = attribute {
        attribute = a.pointee.next
        guard let n = a.pointee.name, let value = a.pointee.children?.pointee.content else { continue }
        switch HTMLAttribute.lookup(n) {
        case .name, .property, .itemprop, .httpEquiv: key = String(cString: value).lowercased()
        case .content: content = String(cString: value)
        default: break
        }
      }
      if let key, let content { metadata.metas.append((key, content)) }
    case .link:
      var isCanonical = false
      var href: String?
      var attribute = node.pointee.properties
      while let a = attribute {
        attribute = a.pointee.next
        guard let n = a.pointee.name, let value = a.pointee.children?.pointee.content else { continue }
        switch HTMLAttribute.lookup(n) {
        case .rel: isCanonical = Self.equalsIgnoringCase(value, "canonical")
        case .href: href = String(cString: value)
        default: break
        }
      }
      if isCanonical, metadata.canonical == nil { metadata.canonical = href }
    case .base:
      var attribute = node.pointee.properties
      while let a = attribute {
        attribute = a.pointee.next
        if let n = a.pointee.name, HTMLAttribute.lookup(n) == .href, let value = a.pointee.children?.pointee.content {
          metadata.base = String(cString: value)
        }
      }
    case .script:
      var attribute = node.pointee.properties
      while let a = attribute {
        attribute = a.pointee.next
        if let n = a.pointee.name, HTMLAttribute.lookup(n) == .type, let value = a.pointee.children?.pointee.content,
          Self.equalsIgnoringCase(value, "application/ld+json")
        {
          var body: [UInt8] = []
          var child = node.pointee.children
          while let c = child, body.count < 1 << 20 {
            if let content = c.pointee.content {
              var k = 0
              while content[k] != 0 { body.append(content[k]); k += 1 }
            }
            child = c.pointee.next
          }
          metadata.jsonLD.append(body)
        }
      }
    default:
      break
    }
  }

  private static func childText(_ node: xmlNodePtr) -> String {
    var result = ""
    var child = node.pointee.children
    while let c = child {
      if let content = c.pointee.content { result += String(cString: content) }
      child = c.pointee.next
    }
    return result
  }

  private static func combine(_ a: HTMLClassHint, _ b: HTMLClassHint) -> HTMLClassHint {
    switch (a, b) {
    case (.none, _): return b
    case (_, .none): return a
    case (.boilerplate, .boilerplate): return .boilerplate
    case (.content, .content): return .content
    default: return .mixed
    }
  }

  static func equalsIgnoringCase(_ value: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
    var i = 0
    var start = 0
    while value[start] == 0x20 { start += 1 }
    let count = literal.utf8CodeUnitCount
    let expected = literal.utf8Start
    while i < count {
      let b = value[start + i]
      if b == 0 || (b | 0x20) != (expected[i] | 0x20) { return false }
      i += 1
    }
    let after = value[start + i]
    return after == 0 || after == 0x20
  }

  /// `display:none` or `visibility:hidden` in an inline style.
  static func hidesElement(style: UnsafePointer<UInt8>) -> Bool {
    var compact: [UInt8] = []
    var i = 0
    while style[i] != 0, i < 2048 {
      let b = style[i]
      if b != 0x20 && b != 0x09 && b != 0x0A { compact.append(b | 0x20) }
      i += 1
    }
    return contains(compact, "display:none") || contains(compact, "visibility:hidden")
  }

  private static func contains(_ hay: [UInt8], _ needle: StaticString) -> Bool {
    let n = needle.utf8CodeUnitCount
    guard hay.count >= n else { return false }
    let p = needle.utf8Start
    outer: for i in 0...(hay.count - n) {
      for k in 0..<n where hay[i + k] != p[k] { continue outer }
      return true
    }
    return false
  }
}
