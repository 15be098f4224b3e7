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
    HTMLClassWords.forEach(in: value) { word in
      if boilerplateWords.contains(word) { negative = true }
      if contentWords.contains(word) { positive = true }
    }
    switch (negative, positive) {
    case (true, true): return .mixed
    case (true, false): return .boilerplate
    case (false, true): return .content
    default: return .none
    }
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
    ].map(HTMLClassWords.hash))

  /// Words that mark the article itself.
  private static let contentWords: Set<UInt64> = Set(
    [
      "article", "articlebody", "content", "entry", "post", "story", "storybody", "body", "main", "text",
      "prose", "blog",
    ].map(HTMLClassWords.hash))
}
