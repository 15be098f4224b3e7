/// What an element's class and id say about it: furniture ("nav", "comments", "related-links",
/// "cookieBanner") or content ("article-body", "entry-content"). Words are split on punctuation
/// and camelCase and matched whole, so "header" does not hide "headline".
enum HTMLClassHint {
  case none
  case boilerplate
  case content
  /// Both kinds of word ("main-content has-sidebar"): trust neither.
  case mixed

  static func classify(_ value: UnsafePointer<UInt8>) -> HTMLClassHint {
    var negative = false
    var positive = false
    var hash: UInt64 = fnvOffset
    var length = 0
    var previousLower = false
    var i = 0
    func finish() {
      if length > 0 {
        if boilerplateWords.contains(hash) { negative = true }
        if contentWords.contains(hash) { positive = true }
      }
      hash = fnvOffset
      length = 0
    }
    while true {
      let b = value[i]
      if b == 0 { break }
      i += 1
      let isUpper = b >= 0x41 && b <= 0x5A
      let isLower = b >= 0x61 && b <= 0x7A
      let isDigit = b >= 0x30 && b <= 0x39
      if !(isUpper || isLower || isDigit) {
        finish()
        previousLower = false
        continue
      }
      if isUpper && previousLower { finish() }
      previousLower = isLower || isDigit
      hash = (hash ^ UInt64(b | (isUpper ? 0x20 : 0))) &* fnvPrime
      length += 1
      if i > 512 { break }
    }
    finish()
    switch (negative, positive) {
    case (true, true): return .mixed
    case (true, false): return .boilerplate
    case (false, true): return .content
    default: return .none
    }
  }

  private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let fnvPrime: UInt64 = 0x100_0000_01b3

  static func hash(_ word: String) -> UInt64 {
    var h = fnvOffset
    for b in word.utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
    return h
  }

  /// Words that mark page furniture on news and blog sites in general.
  private static let boilerplateWords: Set<UInt64> = Set(
    [
      "nav", "navbar", "navigation", "menu", "submenu", "subnav", "footer", "sidebar", "rail", "aside",
      "comment", "comments", "commentlist", "disqus", "replies", "respond", "related", "recirc",
      "recirculation", "recommended", "recommendations", "trending", "popular", "mostread", "share",
      "shares", "sharing", "sharebar", "social", "cookie", "cookies", "consent", "gdpr", "banner",
      "newsletter", "newsletters", "subscribe", "subscription", "signup", "promo", "promos", "promotion",
      "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor",
      "sponsored", "breadcrumb", "breadcrumbs", "pagination", "pager", "popup", "modal", "overlay",
      "widget", "widgets", "outbrain", "taboola", "toolbar", "tags", "byline", "dateline", "timestamp",
      "masthead", "topbar", "skip", "hidden", "login", "teaser", "teasers", "readmore", "bio", "rss",
      "crumbs", "utility", "sr", "visuallyhidden", "offscreen", "print", "caption", "credit", "credits",
      "author", "meta",
    ].map(hash))

  /// Words that mark the article itself.
  private static let contentWords: Set<UInt64> = Set(
    [
      "article", "articlebody", "content", "entry", "post", "story", "storybody", "body", "main", "text",
      "prose", "blog",
    ].map(hash))
}
