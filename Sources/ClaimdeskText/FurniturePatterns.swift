/// Recognises page furniture by its wording, for text and Markdown (which carry no markup) and
/// for furniture an HTML page does not mark: photo credits ("(AP Photo/Evan Vucci)",
/// "Image copyright Getty Images"), bylines and datelines ("By Ana Swanson", "Published 7:07 PM
/// EST Nov 19, 2019"), "X contributed to this report", reading and sharing prompts ("Continue
/// reading the main story", "Follow us on Twitter"), "Related:" and "More:" teasers.
public enum FurniturePatterns {
  /// The furniture kind of a paragraph's text, or nil when it reads like article text. Prefixes
  /// and markers are matched on the ASCII-lowercased UTF-8 bytes (a news text has thousands of
  /// short paragraphs to rule out).
  public static func kind(of paragraph: Substring) -> Paragraph.Kind? {
    let text = paragraph.trimmingWhitespace
    guard !text.isEmpty else { return nil }
    let lower = ByteText(text)
    let words = lower.words
    if words <= 40 {
      if lower.contains("contributed to this report") || lower.contains("contributed reporting")
        || lower.contains("contributed to this article") || lower.hasPrefix("additional reporting by")
        || lower.hasPrefix("reporting by ") || lower.hasPrefix("editing by ") || lower.hasPrefix("originally published")
        || lower.hasPrefix("contributing:") || lower.hasPrefix("editor's note:") || lower.hasPrefix("editor’s note:")
        || syndicationPrefixes.contains(where: { lower.hasPrefix($0) })
      {
        return .byline
      }
    }
    guard words <= 25 else { return nil }
    for prefix in creditPrefixes where lower.hasPrefix(prefix) { return .credit }
    for prefix in chartPrefixes where lower.hasPrefix(prefix) { return .label }
    if words <= 14 { for marker in creditMarkers where lower.contains(marker) { return .credit } }
    for prefix in promptPrefixes where lower.hasPrefix(prefix) { return .navigation }
    // "Follow Newsbeat on Instagram", "Visit Business Insider's homepage for more stories."
    if lower.hasPrefix("follow ") || lower.hasPrefix("visit ") || lower.hasPrefix("email "), socialWords.contains(where: { lower.contains($0) }) {
      return .navigation
    }
    for prefix in teaserPrefixes where lower.hasPrefix(prefix) { return .related }
    guard words <= 16 else { return nil }
    let lowerText = text.lowercased()
    let split = lowerText.split(separator: " ")
    if isByline(text, split) { return .byline }
    if isDateline(lowerText, split) { return .byline }
    if isNameSlashOutlet(text, split) { return .credit }
    return nil
  }

  /// Notes on where a syndicated article first ran.
  private static let syndicationPrefixes = [
    "this article was originally published", "this article originally appeared", "this article was first published",
    "this article first appeared", "this article has been adapted from", "this article is republished",
    "this story was originally published", "this story originally appeared", "this story first appeared",
    "a version of this article", "a version of this story",
  ]
  private static let creditPrefixes = [
    "image copyright", "image caption", "image source", "copyright ", "© ", "(c) ", "photo: ", "photo by ",
    "photograph: ", "photograph by", "photos: ", "(photo", "(image", "image: ", "image credit", "credit: ",
    "credit ", "illustration: ", "illustration by", "video: ", "source: ", "getty images", "media caption",
    "media playback is unsupported",
  ]
  /// "(Graphic: World stocks this year - here)": a chart's line, not a photo's credit (the short
  /// paragraph above a credit is taken for its caption; the one above a chart line is text).
  private static let chartPrefixes = ["(graphic", "graphic: ", "(chart", "chart: "]
  private static let creditMarkers = [
    "/getty", "getty images", "/ap)", "(ap)", "ap photo", "/reuters", "(reuters)", "/afp", "afp via getty",
    "/the new york times", "/shutterstock", "(shutterstock)", "/epa", "/bloomberg", "/associated press",
    "associated press)",
  ]
  private static let promptPrefixes = [
    "continue reading", "advertisement", "follow us", "sign up", "subscribe to", "click here", "listen to",
    "watch:", "read more", "read the full", "share this", "share on", "email this", "we want to hear",
    "download the", "join the conversation", "like us on", "when you purchase", "if you buy", "we may earn",
  ]
  private static let socialWords = ["twitter", "facebook", "instagram", "youtube", "homepage", "newsletter", "@"]
  private static let teaserPrefixes = [
    "related:", "related coverage", "related stories", "related articles", "more:", "more from", "more in ",
    "most read", "most popular", "most viewed", "recommended", "see also", "also read", "read also", "profile:",
    "trending", "top stories", "latest ",
  ]

  /// "By Ana Swanson", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press",
  /// "Analysis by Chris Cillizza, CNN Editor-at-large": a short line of names after "by".
  private static func isByline(_ text: Substring, _ words: [Substring]) -> Bool {
    guard words.count <= 16 else { return false }
    let tokens = text.split(separator: " ")
    guard let by = tokens.firstIndex(where: { $0.lowercased() == "by" }), by <= 2, by + 1 < tokens.count else { return false }
    let after = tokens[(by + 1)...]
    guard let first = after.first?.first, first.isUppercase else { return false }
    // Names, "and", commas and outlet words: most words capitalised, none a sentence verb.
    let capitalised = after.filter { $0.first?.isUppercase == true }.count
    return capitalised * 3 >= after.count * 2 && !text.hasSuffix(".")
      || capitalised == after.count
  }

  /// "Published 11:34 PM EST Nov 19, 2019", "Updated on: November 19, 2019 / 10:07 AM / CBS
  /// News", "19 Nov 2019 05:44 GMT", "Updated at 1:23 p.m.".
  private static func isDateline(_ lower: String, _ words: [Substring]) -> Bool {
    guard words.count <= 16 else { return false }
    let opens = ["published", "updated", "first published", "posted", "last updated", "modified"]
    if opens.contains(where: { lower.hasPrefix($0) }), lower.contains(where: \.isNumber) { return true }
    // A line of dates and clock times alone.
    let clock = words.contains { $0.contains(":") && $0.contains(where: \.isNumber) }
    let zones = ["gmt", "est", "edt", "pst", "pdt", "utc", "bst", "et", "a.m.", "p.m.", "am", "pm"]
    let zone = words.contains { zones.contains(String($0.trimmingCharacters(in: ",()"))) }
    return clock && zone && words.count <= 8
  }

  /// "Anna Moneymaker/The New York Times", "Michael Conroy, AP", "Kathrin Ziegler/Getty": a
  /// photographer and an agency, no sentence.
  private static func isNameSlashOutlet(_ text: Substring, _ words: [Substring]) -> Bool {
    guard words.count <= 8, !text.hasSuffix("."), text.contains("/") || text.hasSuffix(", AP") else { return false }
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "/" })
    return tokens.allSatisfy { $0.first?.isUppercase == true || $0 == "via" || $0 == "and" || $0 == "of" || $0 == "the" }
  }
}

extension Substring {
  var trimmingWhitespace: Substring {
    var s = self
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return s
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var s = self
    while let c = s.first, set.contains(c) { s = s.dropFirst() }
    while let c = s.last, set.contains(c) { s = s.dropLast() }
    return s
  }
}

/// A paragraph's bytes with ASCII letters lowercased, for prefix and substring tests.
private struct ByteText {
  let bytes: [UInt8]

  init(_ text: Substring) {
    bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  var words: Int { bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }

  func hasPrefix(_ prefix: String) -> Bool {
    let p = prefix.utf8
    guard p.count <= bytes.count else { return false }
    return zip(bytes, p).allSatisfy { $0 == $1 }
  }

  func contains(_ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard let first = n.first, n.count <= bytes.count else { return false }
    var i = 0
    while i + n.count <= bytes.count {
      if bytes[i] == first {
        var k = 1
        while k < n.count, bytes[i + k] == n[k] { k += 1 }
        if k == n.count { return true }
      }
      i += 1
    }
    return false
  }
}
