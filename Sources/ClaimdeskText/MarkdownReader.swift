/// Reads Markdown into the text a reader sees: headings, paragraphs, list items, block quotes and
/// table cells become paragraphs (separated by blank lines in the stored text), without `#`, `*`,
/// `>` or link syntax; code blocks, HTML comments and images are skipped. Every link keeps its URL
/// over its anchor text: those are the article's cited sources.
enum MarkdownReader {
  struct Block {
    var kind: Paragraph.Kind
    var lines: [ArraySlice<UInt8>]
    var level = 0
  }

  /// Reads normalised UTF-8 (`\n` line ends) into `out`; returns the title (the first top heading).
  static func read(_ text: [UInt8], into out: inout TextAssembler) -> String? {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for i in 0...text.count where i == text.count || text[i] == 0x0A {
      lines.append(text[start..<i])
      start = i + 1
    }
    let inline = MarkdownInline(references: references(in: lines))
    var title: String?
    var first = true
    for block in blocks(lines) {
      var raw: [UInt8] = []
      for (k, line) in block.lines.enumerated() {
        if k > 0 { raw.append(0x0A) }
        raw.append(contentsOf: line)
      }
      let rendered = inline.render(raw[...])
      let visible = trimmed(rendered.text)
      guard !visible.isEmpty else { continue }
      if block.kind == .heading && block.level == 1 && title == nil {
        title = String(decoding: visible, as: UTF8.self)
      }
      if !first { out.appendGap([0x0A, 0x0A]) }
      first = false
      let lead = TextAssembler.scalars(rendered.text[..<visible.startIndex])
      let length = TextAssembler.scalars(visible)
      let links = rendered.links.compactMap { link -> DocumentLink? in
        let s = max(link.start - lead, 0)
        let e = min(link.end - lead, length)
        return s < e ? DocumentLink(url: link.url, start: s, end: e) : nil
      }
      out.appendParagraph(visible, kind: block.kind, links: links)
    }
    if !first { out.appendGap([0x0A]) }
    return title
  }

  // MARK: - Blocks

  static func blocks(_ lines: [ArraySlice<UInt8>]) -> [Block] {
    var result: [Block] = []
    var current: Block?
    var fence: (mark: UInt8, count: Int)?
    var inComment = false

    func flush() {
      if let block = current { result.append(block) }
      current = nil
    }

    for line in lines {
      if let open = fence {
        let content = line.drop { $0 == 0x20 }
        if run(content, of: open.mark) >= open.count && content.dropFirst(run(content, of: open.mark)).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
          fence = nil
        }
        continue
      }
      if inComment {
        if contains(line, "-->") { inComment = false }
        continue
      }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        flush()
        continue
      }
      let indent = indentation(line)
      let content = line.drop { $0 == 0x20 || $0 == 0x09 }
      if indent >= 4 {
        if var block = current, block.kind != .heading {
          block.lines.append(content)
          current = block
        }
        continue  // else an indented code block
      }
      let first = content.first!
      if (first == UInt8(ascii: "`") || first == UInt8(ascii: "~")) && run(content, of: first) >= 3 {
        flush()
        fence = (first, run(content, of: first))
        continue
      }
      if contains(content.prefix(4), "<!--") {
        flush()
        if !contains(content.dropFirst(4), "-->") { inComment = true }
        continue
      }
      if first == UInt8(ascii: "#") {
        let level = run(content, of: first)
        let rest = content.dropFirst(level)
        if level <= 6 && (rest.isEmpty || rest.first == 0x20 || rest.first == 0x09) {
          flush()
          var text = rest.drop { $0 == 0x20 || $0 == 0x09 }
          while let last = text.last, last == UInt8(ascii: "#") || last == 0x20 || last == 0x0D { text = text.dropLast() }
          result.append(Block(kind: .heading, lines: [text], level: level))
          continue
        }
      }
      if let block = current, block.kind == .paragraph,
        first == UInt8(ascii: "=") || first == UInt8(ascii: "-"),
        trimmedEnd(content).allSatisfy({ $0 == first })
      {
        current = Block(kind: .heading, lines: block.lines, level: first == UInt8(ascii: "=") ? 1 : 2)
        flush()
        continue
      }
      if isThematicBreak(content) {
        flush()
        continue
      }
      if isReferenceDefinition(content) != nil {
        flush()
        continue
      }
      if first == UInt8(ascii: ">") {
        var quoted = content
        while let c = quoted.first, c == UInt8(ascii: ">") {
          quoted = quoted.dropFirst().drop { $0 == 0x20 }
        }
        if current?.kind != .quote { flush() }
        if current == nil { current = Block(kind: .quote, lines: []) }
        current!.lines.append(quoted)
        continue
      }
      if let itemText = listItemText(content) {
        flush()
        current = Block(kind: .listItem, lines: [itemText])
        continue
      }
      if first == UInt8(ascii: "|") {
        flush()
        if !content.allSatisfy({ [0x7C, 0x2D, 0x3A, 0x20, 0x09, 0x0D].contains($0) }) {
          for cell in cells(content) { result.append(Block(kind: .cell, lines: [cell])) }
        }
        continue
      }
      if first == UInt8(ascii: "<"), let last = trimmedEnd(content).last, last == UInt8(ascii: ">"),
        content.count > 1, isTagStart(content[content.startIndex + 1])
      {
        flush()
        continue  // an HTML block line
      }
      if current == nil || current?.kind == .heading {
        flush()
        current = Block(kind: .paragraph, lines: [])
      }
      current!.lines.append(content)
    }
    flush()
    return result
  }

  /// The text after a list marker ("- ", "* ", "+ ", "1. ", "1) "), without a task box.
  static func listItemText(_ content: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    var p = content.startIndex
    let first = content[p]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      p += 1
    } else {
      while p < content.endIndex && p - content.startIndex < 9 && content[p] >= 0x30 && content[p] <= 0x39 { p += 1 }
      guard p > content.startIndex, p < content.endIndex,
        content[p] == UInt8(ascii: ".") || content[p] == UInt8(ascii: ")")
      else { return nil }
      p += 1
    }
    guard p < content.endIndex, content[p] == 0x20 || content[p] == 0x09 else {
      return p == content.endIndex ? content[p...] : nil
    }
    var text = content[p...].drop { $0 == 0x20 || $0 == 0x09 }
    for box in ["[ ] ", "[x] ", "[X] "] where text.starts(with: box.utf8) { text = text.dropFirst(4) }
    return text
  }

  static func cells(_ row: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = row.startIndex
    var p = row.startIndex
    while p <= row.endIndex {
      if p == row.endIndex || (row[p] == UInt8(ascii: "|") && (p == row.startIndex || row[p - 1] != UInt8(ascii: "\\"))) {
        let cell = trimmed(row[start..<p])
        if !cell.isEmpty { result.append(cell) }
        start = p + 1
      }
      p += 1
    }
    return result
  }

  /// Link reference definitions `[label]: url "title"`, by lower-cased label.
  static func references(in lines: [ArraySlice<UInt8>]) -> [String: String] {
    var result: [String: String] = [:]
    for line in lines {
      let content = line.drop { $0 == 0x20 }
      if let (label, url) = isReferenceDefinition(content), result[label] == nil { result[label] = url }
    }
    return result
  }

  static func isReferenceDefinition(_ content: ArraySlice<UInt8>) -> (String, String)? {
    guard content.first == UInt8(ascii: "["), let close = content.firstIndex(of: UInt8(ascii: "]")),
      close + 1 < content.endIndex, content[close + 1] == UInt8(ascii: ":"), close > content.startIndex + 1
    else { return nil }
    let label = String(decoding: content[(content.startIndex + 1)..<close], as: UTF8.self).lowercased()
    var rest = content[(close + 2)...].drop { $0 == 0x20 || $0 == 0x09 }
    if rest.first == UInt8(ascii: "<") {
      rest = rest.dropFirst()
      rest = rest.prefix { $0 != UInt8(ascii: ">") }
    } else {
      rest = rest.prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
    guard !rest.isEmpty else { return nil }
    return (label, String(decoding: rest, as: UTF8.self))
  }

  static func isThematicBreak(_ content: ArraySlice<UInt8>) -> Bool {
    guard let first = content.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    else { return false }
    var count = 0
    for c in content {
      if c == first { count += 1 } else if c != 0x20 && c != 0x09 && c != 0x0D { return false }
    }
    return count >= 3
  }

  static func isTagStart(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "/") || c == UInt8(ascii: "!")
  }

  static func indentation(_ line: ArraySlice<UInt8>) -> Int {
    var n = 0
    for c in line {
      if c == 0x20 { n += 1 } else if c == 0x09 { n += 4 - n % 4 } else { break }
    }
    return n
  }

  static func run(_ s: ArraySlice<UInt8>, of c: UInt8) -> Int { s.prefix { $0 == c }.count }

  static func contains(_ s: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard s.count >= n.count else { return false }
    var p = s.startIndex
    while p + n.count <= s.endIndex {
      if s[p] == n[0] && s[p..<p + n.count].elementsEqual(n) { return true }
      p += 1
    }
    return false
  }

  static func trimmedEnd(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var e = s.endIndex
    while e > s.startIndex && (s[e - 1] == 0x20 || s[e - 1] == 0x09 || s[e - 1] == 0x0D || s[e - 1] == 0x0A) { e -= 1 }
    return s[s.startIndex..<e]
  }

  static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    trimmedEnd(s).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
  }

  static func trimmed(_ s: [UInt8]) -> ArraySlice<UInt8> { trimmed(s[...]) }
}
