import Foundation
import ClaimdeskSupport

/// Turns what the page says about itself into `DocumentMetadata` and a title, preferring the
/// sources publishers fill with care: JSON-LD `NewsArticle`/`Article`, then Open Graph and other
/// `<meta>` tags, then `<title>`, `<html lang>` and the first `<time datetime>`.
struct HTMLMetadataReader {
  let raw: HTMLRawMetadata
  let pageURL: String?

  private static let articleTypes: Set<String> = [
    "NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
    "SocialMediaPosting", "Blog",
  ]

  /// The title, and every title the page states (for dropping the headline from the body).
  func titles() -> (title: String?, candidates: [String]) {
    let article = jsonLDArticle()
    let candidates = [
      raw.meta("og:title"), article?["headline"]?.stringValue, raw.meta("twitter:title"), raw.title,
    ].compactMap { $0.map(Self.collapse) }.filter { !$0.isEmpty }
    return (candidates.first, candidates)
  }

  func metadata() -> DocumentMetadata {
    let article = jsonLDArticle()
    var result = DocumentMetadata()
    result.byline = Self.person(article?["author"]) ?? Self.person(article?["creator"])
      ?? bylineFromMeta()
    result.published = article?["datePublished"]?.stringValue
      ?? firstMeta(["article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
        "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time"])
      ?? raw.firstTime
    result.published = result.published.map(Self.collapse).flatMap { $0.isEmpty ? nil : $0 }
    let stated = raw.canonical ?? raw.meta("og:url") ?? article?["url"]?.stringValue
      ?? Self.identifier(article?["mainEntityOfPage"])
    result.url = Self.resolve(stated, against: pageURL) ?? pageURL
    result.siteName = raw.meta("og:site_name") ?? article?["publisher"]?["name"]?.stringValue
      ?? raw.meta("application-name")
    let language = raw.language ?? raw.meta("content-language") ?? raw.meta("og:locale")
      ?? article?["inLanguage"]?.stringValue
    result.language = language.map { Self.collapse($0).replacingOccurrences(of: "_", with: "-") }
      .flatMap { $0.isEmpty ? nil : $0 }
    return result
  }

  private func firstMeta(_ keys: [String]) -> String? {
    for key in keys { if let v = raw.meta(key) { return v } }
    return nil
  }

  private func bylineFromMeta() -> String? {
    for key in ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "twitter:creator"] {
      guard let value = raw.meta(key), !value.hasPrefix("http"), !value.hasPrefix("@") || key == "twitter:creator"
      else { continue }
      return Self.stripBy(Self.collapse(value))
    }
    return nil
  }

  /// The first JSON-LD object of an article type, looking through arrays and `@graph`.
  private func jsonLDArticle() -> JSONValue? {
    for body in raw.jsonLD {
      // Publishers leave raw new lines inside strings; outside strings they are white space anyway.
      let cleaned = body.map { $0 < 0x20 ? 0x20 : $0 }
      guard let value = try? JSONParser.parse(cleaned) else { continue }
      if let found = Self.findArticle(value, depth: 0) { return found }
    }
    return nil
  }

  private static func findArticle(_ value: JSONValue, depth: Int) -> JSONValue? {
    guard depth < 4 else { return nil }
    switch value {
    case .array(let items):
      for item in items { if let found = findArticle(item, depth: depth + 1) { return found } }
    case .object:
      if isArticle(value["@type"]) { return value }
      if let graph = value["@graph"] { return findArticle(graph, depth: depth + 1) }
    default:
      break
    }
    return nil
  }

  private static func isArticle(_ type: JSONValue?) -> Bool {
    switch type {
    case .string(let s)?: return articleTypes.contains(s)
    case .array(let items)?: return items.contains { isArticle($0) }
    default: return false
    }
  }

  private static func person(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let s)?:
      let name = stripBy(collapse(s))
      return name.isEmpty || name.hasPrefix("http") ? nil : name
    case .object?:
      return person(value?["name"])
    case .array(let items)?:
      let names = items.compactMap { person($0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    default:
      return nil
    }
  }

  private static func identifier(_ value: JSONValue?) -> String? {
    value?.stringValue ?? value?["@id"]?.stringValue
  }

  static func resolve(_ href: String?, against base: String?) -> String? {
    guard let href = href.map(collapse), !href.isEmpty else { return nil }
    if href.hasPrefix("http://") || href.hasPrefix("https://") { return href }
    guard let base, let baseURL = URL(string: base), let url = URL(string: href, relativeTo: baseURL) else {
      return nil
    }
    return url.absoluteString
  }

  static func stripBy(_ s: String) -> String {
    for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
    return s
  }

  /// Runs of white space to one space, trimmed.
  static func collapse(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
