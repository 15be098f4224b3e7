import ClaimdeskExtraction
import ClaimdeskLedger
/// The parts of a claim that advice and searches are built from: its cues sorted into classes,
/// and its key words. Everything here is plain text; the caller escapes it.
struct ClaimFacts {
  var claim: ClaimState
  var cues: [(cueClass: CueClass, cue: ClaimCueRecord)]

  init(_ claim: ClaimState) {
    self.claim = claim
    // A claim entered by hand carries no cues: read the obvious ones off its words.
    let recorded = claim.cues.isEmpty && claim.kinds.isEmpty ? TextCues.scan(claim.text) : claim.cues
    self.cues = recorded.map { (CueClass(kind: $0.kind), $0) }
  }

  func cues(_ cueClass: CueClass) -> [ClaimCueRecord] {
    var seen: Set<String> = []
    return cues.filter { $0.cueClass == cueClass && seen.insert($0.cue.text.lowercased()).inserted }.map(\.cue)
  }

  func hasKind(_ kind: String) -> Bool { claim.kinds.contains(kind) }

  /// The number cues worth a statistic, with their unit, less numbers inside names, dates,
  /// times, ages, terms and tallies (`FigureContext`).
  func figures(_ context: FigureContext) -> [String] {
    var seen: Set<String> = []
    return cues(.number).compactMap { context.figure($0.text) }.filter { seen.insert($0.lowercased()).inserted }
  }

  /// "first", "largest", "record": the superlative cues.
  var superlatives: [String] {
    cues.filter { entry in
      let kind = entry.cue.kind.lowercased()
      return kind.contains("superlative") || (kind.contains("ordinal") && entry.cue.text.lowercased().hasPrefix("first"))
    }.map(\.cue.text)
  }

  var isHedged: Bool { !claim.hedges.isEmpty }

  /// Whether the claim is what a study is cited for: the extractor marks it with the hedge
  /// `ExtractedClaim.citedStudyHedge` ("according to a paper published in ...").
  var citesStudy: Bool { claim.hedges.contains(Self.studyHedge) }
  static let studyHedge = ExtractedClaim.citedStudyHedge

  /// A four-digit year in `text`, if any (the start of "since 1967").
  static func year(in text: String) -> String? {
    let bytes = Array(text.utf8)
    var i = 0
    while i + 4 <= bytes.count {
      let window = bytes[i..<(i + 4)]
      let before = i == 0 || !isDigit(bytes[i - 1])
      let after = i + 4 == bytes.count || !isDigit(bytes[i + 4])
      if before && after && window.allSatisfy(isDigit) && (window.first == UInt8(ascii: "1") || window.first == UInt8(ascii: "2")) {
        return String(decoding: window, as: UTF8.self)
      }
      i += 1
    }
    return nil
  }

  /// Up to `limit` content words of the claim, best first, in none of `excluding` (entities and
  /// numbers already quoted). Without a word-frequency table, length stands in for rarity, and
  /// words too common in news to pin a search down come last.
  func keyTerms(limit: Int, excluding: [String]) -> [String] {
    let taken = excluding.joined(separator: " ").lowercased()
    var seen: Set<String> = []
    var words: [(word: String, index: Int, isName: Bool)] = []
    for (index, raw) in claim.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).enumerated() {
      let word = Self.trimPunctuation(raw)
      let lower = word.lowercased()
      guard lower.count >= 4, !Self.stopWords.contains(lower), !taken.contains(lower),
        word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
        seen.insert(lower).inserted
      else { continue }
      // A capital after the first letter ("iPhone", "YouTube"): a product's or a firm's name.
      let isName = word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase)
      words.append((lower, index, isName))
    }
    return words.sorted { a, b in
      let (ga, gb) = (Self.genericWords.contains(a.word), Self.genericWords.contains(b.word))
      if ga != gb { return gb }
      // A name the entity cues missed pins a search down best.
      if a.isName != b.isName { return a.isName }
      if a.word.count != b.word.count { return a.word.count > b.word.count }
      return a.index < b.index
    }.prefix(limit).map(\.word)
  }

  /// Words too common in news to pin a search down.
  static let genericWords: Set<String> = [
    "administration", "government", "people", "country", "countries", "president", "officials", "official",
    "state", "states", "year", "years", "percent", "number", "world", "time", "today", "week", "month",
    "nation", "national", "public", "group", "company", "report", "reports", "source", "sources",
  ]

  static func trimPunctuation(_ word: Substring) -> String {
    var w = word
    let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]"]
    while let c = w.first, punctuation.contains(c) { w = w.dropFirst() }
    while let c = w.last, punctuation.contains(c) { w = w.dropLast() }
    if w.hasSuffix("’s") || w.hasSuffix("'s") { w = w.dropLast(2) }
    return String(w)
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  static let stopWords: Set<String> = Set([
    "about", "above", "after", "again", "against", "also", "been", "before", "being", "below", "between",
    "both", "could", "does", "doing", "down", "during", "each", "every", "from", "further", "have",
    "having", "here", "into", "itself", "just", "more", "most", "much", "must", "only", "other", "over",
    "said", "same", "says", "should", "since", "some", "such", "than", "that", "their", "theirs", "them",
    "then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "were",
    "what", "when", "where", "which", "while", "will", "with", "would", "your", "cannot", "told", "according",
    "within", "previous", "straight", "recent", "recently", "earlier", "later", "already", "still", "several",
    "another", "around", "across", "among", "including", "however", "although", "though", "because", "whether",
  ]).union(UniversalWords.set)
}
