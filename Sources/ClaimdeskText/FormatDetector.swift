/// Decides a document's format from its name, else from its first 64 KB.
enum FormatDetector {
  static func detect(origin: String, sample: [UInt8]) -> DocumentFormat {
    if let format = byExtension(origin) { return format }
    return byContent(sample)
  }

  static func byExtension(_ origin: String) -> DocumentFormat? {
    let name = origin.split(separator: "/").last.map(String.init) ?? origin
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "md", "markdown", "mdown", "mkd", "mkdn": return .markdown
    case "txt", "text": return .text
    case "html", "htm", "xhtml": return .html
    default: return nil
    }
  }

  /// HTML when it opens like a page; Markdown when two or more marks of Markdown syntax appear
  /// (headings `# `, fences, `[text](url)` links, `**strong**`); plain text otherwise.
  static func byContent(_ sample: [UInt8]) -> DocumentFormat {
    let head = String(decoding: sample.prefix(1024), as: UTF8.self).lowercased()
    let opening = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || head.contains("<body")
      || head.contains("<head>")
    {
      return .html
    }
    var marks = 0
    var lineStart = true
    var i = 0
    while i < sample.count && marks < 2 {
      let c = sample[i]
      if lineStart {
        if c == UInt8(ascii: "#") {
          var j = i
          while j < sample.count && sample[j] == c && j - i < 7 { j += 1 }
          if j - i <= 6 && j < sample.count && sample[j] == 0x20 { marks += 1 }
        } else if c == UInt8(ascii: "`") && sample[i...].starts(with: "```".utf8) {
          marks += 1
        }
      }
      if c == UInt8(ascii: "]") && i + 1 < sample.count && sample[i + 1] == UInt8(ascii: "(") { marks += 1 }
      if c == UInt8(ascii: "*") && i + 2 < sample.count && sample[i + 1] == c && sample[i + 2] != 0x20 && sample[i + 2] != c {
        marks += 1
      }
      lineStart = c == 0x0A
      i += 1
    }
    return marks >= 2 ? .markdown : .text
  }
}
