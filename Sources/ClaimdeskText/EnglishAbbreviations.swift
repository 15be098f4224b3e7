/// Word lists of the English sentence segmenter. Lookups take lower-case ASCII bytes.
enum EnglishAbbreviations {
  /// Titles and other words that stand before a name: never the end of a sentence.
  static let titles = set(
    "mr mrs ms mssrs messrs mme mlle dr prof gen sen rep gov lt col capt cpt sgt cpl pvt adm maj cmdr cdr rev hon pres supt insp det atty amb brig fr sra srta st mt ft")

  /// Abbreviations that may end a sentence (then the next word is a usual sentence opener).
  static let ordinary = set(
    "co corp inc ltd llc plc jr sr bros etc vs jan feb apr jun jul aug sep sept oct nov dec tues thur thurs ave blvd hwy dept univ assn approx yrs hrs mos cf eds ibid govt intl natl mfg mgr")

  /// Abbreviations that stand before a number ("No. 5", "N°. 1026"); elsewhere they are words.
  static let beforeNumber = set("no nos nr n° pp vol vols fig figs art arts ch sec par op tel ext")

  /// Bytes in the longest title or abbreviation: a longer word without a period is none of them.
  static let longest = titles.union(ordinary).union(beforeNumber).map(\.count).max() ?? 0

  /// Introductory prepositions: "At 5 a.m." before a capital is not a sentence of its own.
  static let introductions = set("at by before after until till from around about since on shortly just")

  /// Words that often open a sentence, matched as written (capitalised): after an abbreviation a
  /// capital word that is one of these starts a new sentence; any other (a name) does not.
  static let sentenceOpeners: Set<[UInt8]> = {
    let words = """
      A About After All Also Although An And Another Any As At Because Before Being Both But By Can \
      Did Do Does During Each Even Every Few For From He Her Here His How However I If In Instead \
      It Its Last Later Like Many Meanwhile More Most Much My Neither Never No Nobody None Nor Not \
      Now Of On One Only Or Other Our Over She Since So Some Still Such That The Their Then There \
      These They This Those Though Thus To Today Under Unlike Until We Were What When Where Whether \
      Which While Who Why With Without Yet You Your Millions Mr Mrs Ms Dr
      """
    return Set(words.split(separator: " ").map { Array($0.utf8) })
  }()

  private static func set(_ words: String) -> Set<[UInt8]> {
    Set(words.split(separator: " ").map { Array($0.utf8) })
  }
}
