extension Words {
  /// The last word of a newspaper's, agency's or broadcaster's name ("The New York Times",
  /// "Reuters", "the Intelligencer"): "according to" one of them names where a statement was
  /// read, not who made it.
  static func isPublication(_ hash: UInt64) -> Bool { publications.contains(hash) }

  private static let publications: Set<UInt64> = Set(
    [
      "times", "post", "journal", "news", "herald", "tribune", "guardian", "reuters", "bloomberg", "cnn", "bbc",
      "intelligencer", "register", "telegraph", "gazette", "newspaper", "magazine", "politico", "axios", "msnbc",
      "abc", "nbc", "cbs", "npr", "afp", "ap", "independent", "observer", "economist", "chronicle", "inquirer",
      "daily", "today", "wire", "newsweek", "atlantic", "insider", "ha'aretz", "haaretz", "cnbc",
    ].map(WordHash.of))
}
