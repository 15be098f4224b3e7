import Foundation

/// Removes the parts of a tweet that say nothing about its claim, before matching.
///
/// - URLs (`http…`, `www.…`, `pic.twitter.com/…`, bare `t.co/…`), also when glued to the
///   word before them ("#DefundTheCBChttps://t.co/…", as tweet exports often are);
/// - `@handles`, a leading "RT", HTML entities (`&amp;` → `&`);
/// - the '#' of hashtags, whose CamelCase is split ("#AustralianFires" → "Australian Fires")
///   so both BM25 and the encoder see words;
/// - the embedded-tweet signature "— Name (@handle) February 25, 2016": its date is when
///   the tweet was posted, not a figure of the claim, and would otherwise trip the
///   agreement check. `keepSignatureName` keeps the name (who said it can matter).
public struct TweetCleaner: Sendable {
  public var keepSignatureName: Bool

  public init(keepSignatureName: Bool = true) {
    self.keepSignatureName = keepSignatureName
  }

  public func clean(_ tweet: String) -> String {
    // Every signature, not only the last: a quote-tweet export holds the quoted tweet's
    // signature mid-text, and its date would read as a figure of the claim.
    var text = Self.signature.stringByReplacingMatches(
      in: tweet, range: NSRange(tweet.startIndex..., in: tweet),
      withTemplate: keepSignatureName ? " $1 " : " ")
    text = text.replacingOccurrences(of: "&amp;", with: "&")
      .replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"")
    var words: [String] = []
    for raw in text.split(whereSeparator: { $0.isWhitespace }) {
      var word = Substring(raw)
      if let cut = Self.urlStart(in: word) { word = word[..<cut] }
      if word.isEmpty { continue }
      if word.hasPrefix("@") || word.hasPrefix(".@") { continue }
      if words.isEmpty && (word == "RT" || word == "RT:") { continue }
      if word.hasPrefix("#") {
        words.append(Self.splitCamelCase(word.dropFirst()))
        continue
      }
      words.append(String(word))
    }
    return words.joined(separator: " ")
  }

  /// Where a URL starts inside a whitespace-free chunk, if one does.
  static func urlStart(in word: Substring) -> Substring.Index? {
    let markers = ["https://", "http://", "pic.twitter.com/", "www.", "t.co/"]
    var earliest: Substring.Index?
    for marker in markers {
      if let range = word.range(of: marker) {
        if marker == "t.co/" && range.lowerBound != word.startIndex { continue }
        if earliest == nil || range.lowerBound < earliest! { earliest = range.lowerBound }
      }
    }
    return earliest
  }

  /// "AustralianFires" → "Australian Fires", "COVID19" stays one word.
  static func splitCamelCase(_ tag: Substring) -> String {
    var out = ""
    var previous: Character?
    for character in tag {
      if let p = previous, character.isUppercase, p.isLowercase { out.append(" ") }
      out.append(character)
      previous = character
    }
    return out
  }

  /// "— Name (@handle) Month D, YYYY" (the name is group 1).
  static let signature: NSRegularExpression = {
    let months = "January|February|March|April|May|June|July|August|September|October|November|December"
    let pattern = "[—–]\\s*([^—–()@\\n]{0,80}?)\\s*\\(@\\w+\\)\\s*(?:(?:\(months))\\s+\\d{1,2},\\s+\\d{4})?"
    return try! NSRegularExpression(pattern: pattern)
  }()
}
