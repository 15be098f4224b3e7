/// Recognises page furniture by its wording, for text and Markdown (which carry no markup) and
/// for furniture an HTML page does not mark: photo credits ("(AP Photo/Evan Vucci)",
/// "Image copyright Getty Images"), bylines and datelines ("By Ana Swanson", "Published 7:07 PM
/// EST Nov 19, 2019"), "X contributed to this report", reading and sharing prompts ("Continue
/// reading the main story", "Follow us on Twitter"), "Related:" and "More:" teasers, an embedded
/// tweet's signature, corrections, a caption ending in its credit ("(Image: GETTY)"), and a
/// related story's headline run into its dateline and first words ("... NEW DELHI: An ...").
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
        || lower.hasPrefix("(reporting by") || syndicationPrefixes.contains(where: { lower.hasPrefix($0) })
        || isCorrection(lower) || disclaimers.contains(where: { lower.hasPrefix($0) })
        || lower.contains("not responsible for the content of external")
      {
        return .byline
      }
      // "The plague wiped out half of Europe in the 14th century (Image: GETTY)"
      if endsWithCredit(lower) { return .caption }
    }
    // "Robert Maguire (@RobertMaguire_) November 18, 2019": who posted the tweet above, and when.
    if words <= 12, lower.contains("(@"), endsWithYear(lower) { return .byline }
    if words <= 60, isRunInTeaser(text) { return .related }
    guard words <= 25 else { return nil }
    for prefix in creditPrefixes where lower.hasPrefix(prefix) { return .credit }
    for prefix in chartPrefixes where lower.hasPrefix(prefix) { return .label }
    if lower.hasPrefix("("), lower.bytes.last == UInt8(ascii: ")"), words <= 4,
      isNameSlashOutlet(text.dropFirst().dropLast(), text.dropFirst().dropLast().lowercased().split(separator: " "))
    {
      // "(NASA/JPL-Caltech/ASU)"
      return .credit
    }
    if words <= 14, !opensWithWireDateline(text) { for marker in creditMarkers where lower.contains(marker) { return .credit } }
    for prefix in promptPrefixes where lower.hasPrefix(prefix) { return .navigation }
    if isMenu(text) { return .navigation }
    // "Follow Newsbeat on Instagram", "Visit Business Insider's homepage for more stories."
    if lower.hasPrefix("follow ") || lower.hasPrefix("visit ") || lower.hasPrefix("email "), socialWords.contains(where: { lower.contains($0) }) {
      return .navigation
    }
    for prefix in teaserPrefixes where lower.hasPrefix(prefix) { return .related }
    // "More AP NBA: https://apnews.com/NBA"
    if lower.hasPrefix("more "), lower.contains(": http") { return .related }
    guard words <= 16 else { return nil }
    let lowerText = text.lowercased()
    let split = lowerText.split(separator: " ")
    if isByline(text, split) || isByline(beforeDate(text), split) || isNameAndBeat(text, split) { return .byline }
    if isDateline(lowerText, split) { return .byline }
    if isNameSlashOutlet(text, split) { return .credit }
    return nil
  }

  /// "Topics", "Most viewed", "More on this story": a heading over tags or other stories'
  /// headlines (the paragraphs after it, while they read as such, are `isListEntry`).
  public static func opensList(_ paragraph: Substring) -> Bool {
    var lower = paragraph.trimmingWhitespace.lowercased()
    if lower.hasSuffix(":") { lower.removeLast() }
    return listHeadings.contains(lower)
  }

  /// A tag or a headline under a list's heading: short, and no sentence's end ("Middle East and
  /// north Africa", "Trump impeachment inquiry: what we learned on day three").
  public static func isListEntry(_ paragraph: Substring) -> Bool {
    let text = paragraph.trimmingWhitespace
    guard let last = text.last, !".!?\"\u{201D}".contains(last) else { return false }
    return text.split(separator: " ").count <= 14
  }

  /// "Ruth Michaelson is a freelance journalist based in Cairo ...": the writer of a byline
  /// (`bylines`, the page's byline paragraphs) introduced as a writer.
  public static func isBio(_ paragraph: Substring, bylines: [String]) -> Bool {
    guard !bylines.isEmpty else { return false }
    let text = paragraph.trimmingWhitespace
    guard let verb = text.range(of: " is a ") ?? text.range(of: " is an ") ?? text.range(of: " is the ") else { return false }
    let name = text[..<verb.lowerBound]
    let nameWords = name.split(separator: " ")
    guard (2...4).contains(nameWords.count), nameWords.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
    let role = text[verb.upperBound...].lowercased().split(separator: " ").prefix(6)
    guard role.contains(where: { word in writerWords.contains { word.hasPrefix($0) } }) else { return false }
    return bylines.contains { $0.contains(name) }
  }

  private static let listHeadings: Set<String> = [
    "topics", "related topics", "most viewed", "most read", "most popular", "more on this story", "related stories",
    "related", "related articles", "related coverage", "recommended", "trending", "top stories", "you may also like",
    "more stories", "latest stories", "explore more on these topics", "around the web", "popular now",
  ]
  private static let writerWords = [
    "journalist", "reporter", "correspondent", "writer", "editor", "columnist", "contributor", "photographer",
    "producer", "author", "freelance", "staff", "bureau", "chief", "critic",
  ]

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
  private static let chartPrefixes = [
    "(graphic", "graphic: ", "(chart", "chart: ", "this graphic", "the following chart", "the chart below", "the graphic below",
    "the map below", "the table below",
  ]
  /// "WASHINGTON (Reuters) – The Senate voted 51-49 ...": a wire story's dateline names its
  /// outlet in parentheses; a short lede is no photo credit ("(Reuters)" alone would make it one).
  static func opensWithWireDateline(_ text: Substring) -> Bool {
    let head = Array(text.unicodeScalars.prefix(Document.longestDateline + 4))
    guard let length = Document.datelineLength(head) else { return false }
    return Document.namesOutlet(head.prefix(length))
  }

  private static let creditMarkers = [
    "/getty", "getty images", "/ap)", "(ap)", "ap photo", "/reuters", "(reuters)", "/afp", "afp via getty",
    "/the new york times", "/shutterstock", "(shutterstock)", "/epa", "/bloomberg", "/associated press",
    "associated press)",
  ]
  private static let promptPrefixes = [
    "continue reading", "advertisement", "follow us", "sign up", "subscribe to", "click here", "listen to",
    "watch:", "read more", "read the full", "share this", "share on", "email this", "we want to hear",
    "download the", "join the conversation", "like us on", "when you purchase", "if you buy", "we may earn",
    "catch up on", "check out our", "just search for", "start your day with", "get the free",
    "story continues below", "the story continues below", "article continues below", "the article continues below",
  ]
  private static let socialWords = ["twitter", "facebook", "instagram", "youtube", "homepage", "newsletter", "@", "http"]
  /// "The views and opinions expressed in the article do not necessarily reflect those of ..."
  private static let disclaimers = ["the views and opinions expressed", "the views expressed", "views expressed in this"]
  private static let teaserPrefixes = [
    "related:", "related coverage", "related stories", "related articles", "more:", "more from", "more in ",
    "most read", "most popular", "most viewed", "recommended", "see also", "also read", "read also", "profile:",
    "trending", "top stories", "latest ", "more information:",
  ]

  /// "Correction, Nov. 15, 2019: This article originally misidentified ...", "Nov. 18, 2019: The
  /// caption below the photograph originally made ...", "An earlier version of this article ...".
  private static func isCorrection(_ lower: ByteText) -> Bool {
    if correctionPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
    if lower.contains("an earlier version of this") || lower.contains("this article originally") { return true }
    guard monthPrefixes.contains(where: { lower.hasPrefix($0) }), lower.contains(": "), lower.contains(" originally ") else { return false }
    return ["article", "story", "caption", "misidentified", "misstated", "incorrectly"].contains { lower.contains($0) }
  }
  private static let correctionPrefixes = [
    "correction:", "correction,", "corrections:", "clarification:", "this article has been updated", "this story has been updated",
    "this article was updated", "this story was updated",
  ]
  private static let monthPrefixes = [
    "jan", "feb", "mar", "apr", "may ", "may.", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// "... (Image: GETTY)", "... (credit: NASA/Jude Guidry)", "... (Photo: AP)": a caption's credit
  /// closing it.
  private static func endsWithCredit(_ lower: ByteText) -> Bool {
    guard lower.bytes.last == UInt8(ascii: ")"), let open = lower.bytes.lastIndex(of: UInt8(ascii: "(")) else { return false }
    let inside = ByteText(bytes: Array(lower.bytes[(open + 1)...]))
    return ["image:", "image ", "photo:", "picture:", "pic:", "credit:", "photograph:", "video:"].contains { inside.hasPrefix($0) }
  }

  /// Whether the text ends in a four-digit year ("November 18, 2019").
  private static func endsWithYear(_ lower: ByteText) -> Bool {
    let b = lower.bytes
    guard b.count >= 5 else { return false }
    return b[(b.count - 4)...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && b[b.count - 5] == 0x20
  }

  /// "Deportees return home from US NEW DELHI: Their American dream shattered ...": a related
  /// story's headline, its dateline in capitals and its first words, cut off with an ellipsis.
  private static func isRunInTeaser(_ text: Substring) -> Bool {
    guard text.hasSuffix("...") || text.hasSuffix("…") else { return false }
    let tokens = text.split(separator: " ")
    guard tokens.count >= 6 else { return false }
    for k in 2..<(tokens.count - 2) where tokens[k].hasSuffix(":") {
      let word = tokens[k].dropLast()
      if word.count >= 3, word.allSatisfy({ $0.isUppercase || $0 == "." }) { return true }
    }
    return false
  }

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

  /// "by Jeff Foust — November 18, 2019": the part before a dash or a bar.
  private static func beforeDate(_ text: Substring) -> Substring {
    for mark in [" — ", " – ", " | "] {
      if let r = text.range(of: mark) { return text[..<r.lowerBound] }
    }
    return text
  }

  /// "Order Reprints | Today's Paper | Subscribe": a menu of three or more short items.
  private static func isMenu(_ text: Substring) -> Bool {
    let items = text.split(separator: "|")
    return items.count >= 3 && items.allSatisfy { $0.split(separator: " ").count <= 4 }
  }

  /// "Ruth Michaelson in Cairo": a writer's name and where they file from, alone on a line. A
  /// headline may read the same ("Record Floods in Harbor City"): the caller asks for a dateline
  /// next to it.
  static func isNameInPlace(_ paragraph: Substring) -> Bool {
    let text = paragraph.trimmingWhitespace
    let words = text.split(separator: " ")
    guard words.count <= 6, let at = words.firstIndex(of: "in"), (2...3).contains(at), words.count - at - 1 >= 1,
      !text.contains(where: \.isNumber), !text.hasSuffix(".")
    else { return false }
    return words.enumerated().allSatisfy { k, word in
      k == at || word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
    }
  }

  /// "Caroline Hawley, BBC diplomatic correspondent": a name, a comma, then the writer's beat.
  private static func isNameAndBeat(_ text: Substring, _ words: [Substring]) -> Bool {
    guard words.count <= 8, !text.hasSuffix("."), let comma = text.firstIndex(of: ",") else { return false }
    let name = text[..<comma].split(separator: " ")
    guard (2...3).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
    let beat = text[comma...].lowercased()
    return ["correspondent", "reporter", "editor", "writer", "columnist", "producer", "contributor"].contains { beat.hasSuffix($0) }
  }

  /// "Published 11:34 PM EST Nov 19, 2019", "Updated on: November 19, 2019 / 10:07 AM / CBS
  /// News", "19 Nov 2019 05:44 GMT", "Updated at 1:23 p.m.".
  private static func isDateline(_ lower: String, _ words: [Substring]) -> Bool {
    guard words.count <= 16 else { return false }
    let opens = ["published", "updated", "first published", "posted", "last updated", "modified", "last modified"]
    if opens.contains(where: { lower.hasPrefix($0) }), lower.contains(where: \.isNumber) { return true }
    // A line of dates and clock times alone ("06.00 GMT" in British style).
    let clock = words.contains { word in
      word.contains(where: \.isNumber) && (word.contains(":") || word.count == 5 && word.dropFirst(2).first == ".")
    }
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

  init(bytes: [UInt8]) { self.bytes = bytes }

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
