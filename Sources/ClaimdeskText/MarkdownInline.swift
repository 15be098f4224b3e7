/// Renders a Markdown block's inline syntax to visible text: emphasis marks dropped, code spans
/// kept as text, links reduced to their anchor text (the URL recorded over it), images and inline
/// HTML tags dropped, backslash escapes and common entities resolved, line breaks made spaces.
struct MarkdownInline {
  let references: [String: String]

  struct Rendered {
    var text: [UInt8] = []
    /// Offsets in scalars of `text`.
    var links: [DocumentLink] = []
  }

  /// How far a link's closing bracket or parenthesis is looked for: bounds the work on
  /// pathological input (thousands of unclosed brackets) to linear time.
  static let searchLimit = 4096

  func render(_ s: ArraySlice<UInt8>, allowLinks: Bool = true) -> Rendered {
    var out = Rendered()
    out.text.reserveCapacity(s.count)
    var byteLinks: [(url: String, start: Int, end: Int)] = []
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      switch c {
      case UInt8(ascii: "\\"):
        if i + 1 < s.endIndex, Self.isASCIIPunctuation(s[i + 1]) {
          out.text.append(s[i + 1])
          i += 2
        } else if i + 1 < s.endIndex, s[i + 1] == 0x0A {
          out.text.append(0x20)  // a hard line break
          i += 2
        } else {
          out.text.append(c)
          i += 1
        }
      case UInt8(ascii: "`"):
        let ticks = MarkdownReader.run(s[i...], of: c)
        if let close = Self.find(run: ticks, of: c, in: s, from: i + ticks) {
          var code = s[(i + ticks)..<close]
          if code.count >= 2 && code.first == 0x20 && code.last == 0x20 { code = code.dropFirst().dropLast() }
          out.text.append(contentsOf: code.map { $0 == 0x0A ? 0x20 : $0 })
          i = close + ticks
        } else {
          out.text.append(contentsOf: s[i..<(i + ticks)])
          i += ticks
        }
      case UInt8(ascii: "!") where i + 1 < s.endIndex && s[i + 1] == UInt8(ascii: "["):
        if let link = parseLink(s, at: i + 1) {
          i = link.end  // an image: not text a reader sees
        } else {
          out.text.append(c)
          i += 1
        }
      case UInt8(ascii: "[") where allowLinks:
        if let link = parseLink(s, at: i) {
          let inner = render(link.label, allowLinks: false)
          let start = out.text.count
          out.text.append(contentsOf: inner.text)
          byteLinks.append((link.url, start, out.text.count))
          i = link.end
        } else {
          out.text.append(c)
          i += 1
        }
      case UInt8(ascii: "<"):
        if let (end, url) = autolink(s, at: i) {
          let start = out.text.count
          out.text.append(contentsOf: url.utf8)
          byteLinks.append((url.contains("@") && !url.contains(":") ? "mailto:" + url : url, start, out.text.count))
          i = end
        } else if let end = tagEnd(s, at: i) {
          i = end
        } else {
          out.text.append(c)
          i += 1
        }
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        let length = MarkdownReader.run(s[i...], of: c)
        let before: UInt8 = i > s.startIndex ? s[i - 1] : 0x20
        let after: UInt8 = i + length < s.endIndex ? s[i + length] : 0x20
        let spaceBefore = Self.isSpace(before)
        let spaceAfter = Self.isSpace(after)
        var delimiter = !(spaceBefore && spaceAfter)
        if c == UInt8(ascii: "_") && Self.isAlphanumeric(before) && Self.isAlphanumeric(after) { delimiter = false }
        if c == UInt8(ascii: "~") && length != 2 { delimiter = false }
        if !delimiter { out.text.append(contentsOf: s[i..<(i + length)]) }
        i += length
      case UInt8(ascii: "&"):
        if let (end, decoded) = Self.entity(s, at: i) {
          out.text.append(contentsOf: decoded)
          i = end
        } else {
          out.text.append(c)
          i += 1
        }
      case 0x0A:
        while let last = out.text.last, last == 0x20 || last == 0x09 { out.text.removeLast() }
        out.text.append(0x20)
        i += 1
        while i < s.endIndex && (s[i] == 0x20 || s[i] == 0x09) { i += 1 }
      case 0x0D:
        i += 1
      default:
        out.text.append(c)
        i += 1
      }
    }
    out.links = byteLinks.map { link in
      let start = TextAssembler.scalars(out.text[..<link.start])
      let length = TextAssembler.scalars(out.text[link.start..<link.end])
      return DocumentLink(url: link.url, start: start, end: start + length)
    }
    return out
  }

  struct Link {
    var label: ArraySlice<UInt8>
    var url: String
    var end: Int
  }

  /// `[label](url "title")`, `[label][ref]`, `[label][]` or `[label]` with a definition.
  func parseLink(_ s: ArraySlice<UInt8>, at open: Int) -> Link? {
    var depth = 0
    var p = open
    var close: Int?
    while p < s.endIndex && p - open < Self.searchLimit {
      let c = s[p]
      if c == UInt8(ascii: "\\") {
        p += 2
        continue
      }
      if c == UInt8(ascii: "[") { depth += 1 }
      if c == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 {
          close = p
          break
        }
      }
      p += 1
    }
    guard let close else { return nil }
    let label = s[(open + 1)..<close]
    let next = close + 1
    if next < s.endIndex && s[next] == UInt8(ascii: "(") {
      if let (url, end) = destination(s, from: next + 1) { return Link(label: label, url: url, end: end) }
      return nil
    }
    if next < s.endIndex && s[next] == UInt8(ascii: "["),
      let refClose = s[next...].prefix(Self.searchLimit).firstIndex(of: UInt8(ascii: "]"))
    {
      let ref = s[(next + 1)..<refClose]
      let key = String(decoding: ref.isEmpty ? label : ref, as: UTF8.self).lowercased()
      if let url = references[key] { return Link(label: label, url: url, end: refClose + 1) }
      return nil
    }
    if let url = references[String(decoding: label, as: UTF8.self).lowercased()] {
      return Link(label: label, url: url, end: next)
    }
    return nil
  }

  /// The destination of an inline link, after its `(`: `url`, `<url>`, with an optional title.
  private func destination(_ s: ArraySlice<UInt8>, from start: Int) -> (String, Int)? {
    var p = start
    while p < s.endIndex && Self.isSpace(s[p]) { p += 1 }
    var url: ArraySlice<UInt8>
    if p < s.endIndex && s[p] == UInt8(ascii: "<") {
      guard let close = s[p...].prefix(Self.searchLimit).firstIndex(of: UInt8(ascii: ">")) else { return nil }
      url = s[(p + 1)..<close]
      p = close + 1
    } else {
      let urlStart = p
      var depth = 0
      while p < s.endIndex && p - urlStart < Self.searchLimit && !Self.isSpace(s[p]) {
        if s[p] == UInt8(ascii: "(") { depth += 1 }
        if s[p] == UInt8(ascii: ")") {
          if depth == 0 { break }
          depth -= 1
        }
        p += 1
      }
      url = s[urlStart..<p]
    }
    while p < s.endIndex && Self.isSpace(s[p]) { p += 1 }
    if p < s.endIndex, s[p] == UInt8(ascii: "\"") || s[p] == UInt8(ascii: "'") || s[p] == UInt8(ascii: "(") {
      let quote = s[p] == UInt8(ascii: "(") ? UInt8(ascii: ")") : s[p]
      guard let close = s[(p + 1)...].prefix(Self.searchLimit).firstIndex(of: quote) else { return nil }
      p = close + 1
      while p < s.endIndex && Self.isSpace(s[p]) { p += 1 }
    }
    guard p < s.endIndex, s[p] == UInt8(ascii: ")") else { return nil }
    return (String(decoding: url, as: UTF8.self), p + 1)
  }

  /// `<https://example.com>` or `<name@example.com>`.
  private func autolink(_ s: ArraySlice<UInt8>, at open: Int) -> (Int, String)? {
    var p = open + 1
    while p < s.endIndex && p - open < Self.searchLimit && s[p] != UInt8(ascii: ">") {
      if Self.isSpace(s[p]) || s[p] == UInt8(ascii: "<") { return nil }
      p += 1
    }
    guard p < s.endIndex, s[p] == UInt8(ascii: ">") else { return nil }
    let inner = String(decoding: s[(open + 1)..<p], as: UTF8.self)
    let isURL = inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("ftp://")
      || inner.hasPrefix("mailto:")
    let isEmail = !isURL && inner.contains("@") && !inner.hasPrefix("@")
    return isURL || isEmail ? (p + 1, inner) : nil
  }

  /// An inline HTML tag (`<br>`, `<span class="x">`, `</em>`): where it ends.
  private func tagEnd(_ s: ArraySlice<UInt8>, at open: Int) -> Int? {
    guard open + 1 < s.endIndex, MarkdownReader.isTagStart(s[open + 1]) else { return nil }
    guard let close = s[open...].prefix(512).firstIndex(of: UInt8(ascii: ">")) else { return nil }
    return close + 1
  }

  static func find(run length: Int, of c: UInt8, in s: ArraySlice<UInt8>, from start: Int) -> Int? {
    var p = start
    while p < s.endIndex && p - start < searchLimit * 4 {
      if s[p] == c {
        let n = MarkdownReader.run(s[p...], of: c)
        if n == length { return p }
        p += n
      } else {
        p += 1
      }
    }
    return nil
  }

  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "—",
    "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©",
  ]

  /// `&amp;`, `&#8217;`, `&#x2019;`: the decoded text and where the entity ends.
  static func entity(_ s: ArraySlice<UInt8>, at start: Int) -> (Int, [UInt8])? {
    guard let semicolon = s[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
    let name = String(decoding: s[(start + 1)..<semicolon], as: UTF8.self)
    if let text = entities[name] { return (semicolon + 1, Array(text.utf8)) }
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value = digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      if let value, value != 0, let scalar = Unicode.Scalar(value) {
        return (semicolon + 1, Array(String(Character(scalar)).utf8))
      }
    }
    return nil
  }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

  static func isAlphanumeric(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
  }

  static func isASCIIPunctuation(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
  }
}
