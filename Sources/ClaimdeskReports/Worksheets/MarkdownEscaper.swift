/// Turns text from documents and fetched pages into GitHub-flavoured Markdown that renders as that
/// text and nothing else: no HTML, no links, no emphasis, no headings, no table cells, no code.
/// Everything is folded onto one line, so no block structure (lists, quotes, fences, `---`)
/// can start inside it either. Works on UTF-8 bytes; the output stays readable in an editor.
enum MarkdownEscaper {
  /// Inline text, one line, safe anywhere (paragraphs, list items, quotes, headings, table cells).
  static func inline(_ text: String) -> String {
    escape(oneLine(text), atLineStart: true)
  }

  /// A code span holding `text` literally (one line). In a table cell pass `inTable`, so that `|`
  /// is escaped as GFM tables require (the table parser removes the backslash).
  static func code(_ text: String, inTable: Bool = false) -> String {
    var content = oneLine(text)
    if inTable {
      content = String(decoding: content.utf8.flatMap { $0 == UInt8(ascii: "|") ? [UInt8(ascii: "\\"), $0] : [$0] }, as: UTF8.self)
    }
    var longest = 0
    var run = 0
    for b in content.utf8 {
      run = b == UInt8(ascii: "`") ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    // A space each side keeps a leading or trailing backtick out of the fence (CommonMark strips it).
    let pad = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
    return fence + pad + content + pad + fence
  }

  /// A clickable link for http(s) URLs (the text shows the whole URL, so nothing hides where it
  /// goes), and a code span for anything else (`javascript:`, file paths, citations).
  static func link(_ url: String, inTable: Bool = false) -> String {
    let url = oneLine(url)
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !url.contains(" ") else {
      return code(url, inTable: inTable)
    }
    return "[" + escape(url, atLineStart: false) + "](<" + destination(url) + ">)"
  }

  /// Inline text with each whole-word occurrence of `terms` (ASCII case-insensitive) in bold.
  static func bolding(_ text: String, terms: [String]) -> String {
    let line = Array(oneLine(text).utf8)
    let needles = terms.map { Array(oneLine($0).utf8) }.filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
    var out = ""
    var plainStart = 0
    var i = 0
    while i < line.count {
      if isBoundary(line, before: i), let n = needles.first(where: { matches(line, at: i, $0) }),
        isBoundary(line, before: i + n.count)
      {
        out += escape(String(decoding: line[plainStart..<i], as: UTF8.self), atLineStart: plainStart == 0)
        out += "**" + escape(String(decoding: line[i..<(i + n.count)], as: UTF8.self), atLineStart: false) + "**"
        i += n.count
        plainStart = i
      } else {
        i += 1
      }
    }
    out += escape(String(decoding: line[plainStart...], as: UTF8.self), atLineStart: plainStart == 0)
    return out
  }

  /// Folds white space and control characters into single spaces, drops bidirectional overrides
  /// (which can make text read differently from what it is), and trims the ends.
  static func oneLine(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x20 || b == 0x7F || b == 0x20 {
        pendingSpace = !out.isEmpty
        i += 1
        continue
      }
      // C1 controls U+0080...U+009F, and U+2028/U+2029 line and paragraph separators.
      if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
        pendingSpace = !out.isEmpty
        i += 2
        continue
      }
      if b == 0xE2, i + 2 < bytes.count {
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b1 == 0x80, b2 == 0xA8 || b2 == 0xA9 {
          pendingSpace = !out.isEmpty
          i += 3
          continue
        }
        // U+202A...U+202E and U+2066...U+2069: bidirectional embeddings, overrides, isolates.
        if (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2)) {
          i += 3
          continue
        }
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(b)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Backslash-escapes every ASCII character that can open inline syntax, and at the start of a
  /// line those that can open a block (heading, list, quote, setext underline, ordered list).
  static func escape(_ text: String, atLineStart: Bool) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    let bytes = Array(text.utf8)
    for (i, b) in bytes.enumerated() {
      switch b {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
        out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
        if atLineStart && i == 0 { out.append(UInt8(ascii: "\\")) }
      case UInt8(ascii: "."), UInt8(ascii: ")"):
        // "1967. " at the start of a line would open an ordered list.
        if atLineStart && i > 0 && i <= 9 && bytes[0..<i].allSatisfy(isDigit) { out.append(UInt8(ascii: "\\")) }
      default: break
      }
      out.append(b)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A link destination for `<...>`: spaces, controls, angle brackets, backslashes, backticks
  /// and pipes percent-encoded (a pipe would split a table cell before the link is seen).
  private static func destination(_ url: String) -> String {
    var out: [UInt8] = []
    for b in url.utf8 {
      switch b {
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "|"),
        UInt8(ascii: "`"), 0..<0x21, 0x7F:
        out.append(UInt8(ascii: "%"))
        out.append(hex(b >> 4))
        out.append(hex(b & 0xF))
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hex(_ v: UInt8) -> UInt8 { v < 10 ? v + 48 : v + 55 }

  private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

  private static func isWordByte(_ b: UInt8) -> Bool {
    isDigit(b) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b >= 0x80 || b == UInt8(ascii: "_")
  }

  private static func isBoundary(_ line: [UInt8], before i: Int) -> Bool {
    i == 0 || i == line.count || !isWordByte(line[i - 1]) || !isWordByte(line[i])
  }

  private static func matches(_ line: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
    guard i + needle.count <= line.count else { return false }
    for k in 0..<needle.count where lowerASCII(line[i + k]) != lowerASCII(needle[k]) { return false }
    return true
  }

  private static func lowerASCII(_ b: UInt8) -> UInt8 {
    b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
  }
}
