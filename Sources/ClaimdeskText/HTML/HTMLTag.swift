/// The HTML elements the reader treats specially; everything else is `.other` (inline, like span).
enum HTMLTag: UInt8 {
  case other
  case html, head, body, title, meta, link, base
  // Never text: their subtrees are skipped.
  case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio
  case select, button, textarea, input, option, dialog
  // Page furniture: kept in the tree, weighed as boilerplate.
  case nav, footer, aside, header, menu, form
  // Blocks.
  case p, div, section, article, main, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd
  case blockquote, pre, table, tr, td, th, thead, tbody, tfoot, caption, figure, figcaption
  case address, hr, center, details, summary, fieldset, legend
  // Inline elements with a meaning here.
  case a, br, time, img

  /// Elements whose whole subtree holds no readable text.
  var isSkipped: Bool {
    switch self {
    case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
      .audio, .select, .button, .textarea, .input, .option, .dialog, .title, .meta, .link, .base:
      return true
    default: return false
    }
  }

  /// Elements that start and end a block of text.
  var isBlock: Bool {
    switch self {
    case .other, .a, .time, .img, .br, .html: return false
    default: return true
    }
  }

  /// Navigation, footers, asides, site headers and forms are furniture wherever they appear.
  var isFurniture: Bool {
    switch self {
    case .nav, .footer, .aside, .header, .menu, .form: return true
    default: return false
    }
  }

  /// The paragraph kind this element gives the text inside it, if any.
  var paragraphKind: Paragraph.Kind? {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
    case .li, .dt, .dd: return .listItem
    case .blockquote: return .quote
    case .td, .th: return .cell
    case .p: return .paragraph
    default: return nil
    }
  }

  static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLTag {
    var key: UInt64 = 0
    var length = 0
    while name[length] != 0 {
      if length >= 12 { return .other }
      if length < 7 { key |= UInt64(name[length] | 0x20) << (8 * UInt64(length)) }
      length += 1
    }
    return byKey[key | UInt64(length) << 56] ?? .other
  }

  static func key(_ name: String) -> UInt64 {
    var key: UInt64 = 0
    for (i, b) in name.utf8.prefix(7).enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
    return key | UInt64(name.utf8.count) << 56
  }

  private static let byKey: [UInt64: HTMLTag] = {
    let names: [(String, HTMLTag)] = [
      ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
      ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript),
      ("template", .template), ("svg", .svg), ("math", .math), ("iframe", .iframe), ("object", .object),
      ("embed", .embed), ("canvas", .canvas), ("video", .video), ("audio", .audio), ("select", .select),
      ("button", .button), ("textarea", .textarea), ("input", .input), ("option", .option),
      ("dialog", .dialog), ("nav", .nav), ("footer", .footer), ("aside", .aside), ("header", .header),
      ("menu", .menu), ("form", .form), ("p", .p), ("div", .div), ("section", .section),
      ("article", .article), ("main", .main), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4),
      ("h5", .h5), ("h6", .h6), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt),
      ("dd", .dd), ("blockquote", .blockquote), ("pre", .pre), ("table", .table), ("tr", .tr),
      ("td", .td), ("th", .th), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot),
      ("caption", .caption), ("figure", .figure), ("figcaption", .figcaption), ("address", .address),
      ("hr", .hr), ("center", .center), ("details", .details), ("summary", .summary),
      ("fieldset", .fieldset), ("legend", .legend), ("a", .a), ("br", .br), ("time", .time), ("img", .img),
    ]
    var table: [UInt64: HTMLTag] = [:]
    for (name, tag) in names { table[key(name)] = tag }
    return table
  }()
}
