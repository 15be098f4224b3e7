/// Finds the English sentences of one paragraph, on its UTF-8 bytes, in one left-to-right pass.
///
/// A candidate end is `.`, `?`, `!` or an ellipsis, with any closing quotes and brackets after
/// it. It ends a sentence when white space and a word that may open a sentence follow (a capital,
/// a digit, an opening quote): so `"...?" he asked.` and `(... engineer.) at` stay whole, while
/// inside a quotation `activity. This` splits. The word before a period rules out abbreviations,
/// titles and initials (`Mr.`, `U.S.`, `Jonas E. Smith`); after an abbreviation that may also end
/// a sentence (`Co.`, `U.S.`) only a usual sentence opener (`It`, `The`, `How`) starts a new one.
/// Numbered, lettered and bulleted lists run together on one line are split before each item.
/// Every look-back and look-ahead is bounded, so the time is linear in the paragraph.
struct SentenceSegmenter {
  private let b: UnsafeBufferPointer<UInt8>
  private let n: Int
  private var cuts: [Int] = []
  /// Where the sentence being scanned started (after the last cut).
  private var sentenceStart = 0

  /// Byte ranges of the sentences of `text`, trimmed of white space, never empty.
  static func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var segmenter = SentenceSegmenter(b: text, n: text.count)
    return segmenter.run()
  }

  private init(b: UnsafeBufferPointer<UInt8>, n: Int) {
    self.b = b
    self.n = n
  }

  // MARK: - The pass

  private mutating func run() -> [Range<Int>] {
    let list = ListMarkers.find(b)
    var markerIndex = 0
    var i = 0
    while i < n {
      let c = b[i]
      guard Self.isCandidate[Int(c)] else {
        i += 1
        continue
      }
      if c == UInt8(ascii: ".") {
        while markerIndex < list.periods.count && list.periods[markerIndex] < i { markerIndex += 1 }
        if markerIndex < list.periods.count && list.periods[markerIndex] == i {
          i += 1
          continue
        }
        i = period(at: i)
      } else if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
        i = exclamationOrQuestion(at: i)
      } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0xA6 {  // …
        var j = i + 3
        var dots = 3
        while j < n && (b[j] == UInt8(ascii: ".") || (b[j] == 0xE2 && j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0xA6)) {
          dots += b[j] == UInt8(ascii: ".") ? 1 : 3
          j += b[j] == UInt8(ascii: ".") ? 1 : 3
        }
        ellipsis(from: i, to: j, dots: dots)
        i = j
      } else {
        i += 1
      }
    }
    return ranges(cuts: merge(cuts, list.breaks))
  }

  private static let isCandidate: [Bool] = (0...255).map {
    $0 == Int(UInt8(ascii: ".")) || $0 == Int(UInt8(ascii: "?")) || $0 == Int(UInt8(ascii: "!")) || $0 == 0xE2
  }

  private mutating func cut(at position: Int) {
    if let last = cuts.last, last >= position { return }
    cuts.append(position)
    sentenceStart = position
  }

  /// `?` and `!`, alone or in runs (`?!`, `!!`): the end unless a lower-case word follows.
  private mutating func exclamationOrQuestion(at i: Int) -> Int {
    var j = i
    while j < n && (b[j] == UInt8(ascii: "?") || b[j] == UInt8(ascii: "!") || b[j] == UInt8(ascii: ".")) { j += 1 }
    // "E! News": one "!" after a lone capital letter is part of a name.
    if b[i] == UInt8(ascii: "!"), j == i + 1, i >= 1, b[i - 1] >= 0x41, b[i - 1] <= 0x5A, i == 1 || b[i - 2] == 0x20 {
      return j
    }
    let end = closersEnd(from: j)
    if end < n && spaceLength(at: end) > 0 {
      let next = nextWord(from: end)
      if next.kind != .lower { cut(at: end) }
    }
    return j
  }

  private mutating func period(at i: Int) -> Int {
    // A spaced ellipsis ". . ." (or a period followed by one).
    if i + 2 < n && b[i + 1] == 0x20 && b[i + 2] == UInt8(ascii: ".") {
      var j = i + 1
      var dots = 1
      while j + 1 < n && b[j] == 0x20 && b[j + 1] == UInt8(ascii: ".") {
        dots += 1
        j += 2
      }
      let attached = i > 0 && !isSpaceBefore(i)
      if attached && dots >= 4 {
        // "compounds. . . . The": the sentence ends at its period, the ellipsis opens the next.
        let end = closersEnd(from: j)
        if end < n && spaceLength(at: end) > 0 && nextWord(from: end).kind.opens { cut(at: i + 1) }
      } else {
        ellipsis(from: i, to: j, dots: dots)
      }
      return j
    }
    var j = i
    while j < n && b[j] == UInt8(ascii: ".") { j += 1 }
    if j - i >= 2 {
      // "[...]" marks an omission, not an end.
      if !(j - i == 3 && i > 0 && b[i - 1] == UInt8(ascii: "[")) { ellipsis(from: i, to: j, dots: j - i) }
      return j
    }
    singlePeriod(at: i)
    return i + 1
  }

  /// Three dots end a sentence before a capital (not before "I": "the thing is . . . I didn't");
  /// four (an ellipsis and a period) before any capital.
  private mutating func ellipsis(from i: Int, to j: Int, dots: Int) {
    let end = closersEnd(from: j)
    guard end < n, spaceLength(at: end) > 0 else { return }
    let next = nextWord(from: end)
    guard next.kind.opens else { return }
    if dots >= 4 || !word(next, is: "I") { cut(at: end) }
  }

  private mutating func singlePeriod(at i: Int) {
    let after = i + 1
    guard after < n else { return }
    let end = closersEnd(from: after)
    if spaceLength(at: end) == 0 {
      if end == after && joinedSentenceEnd(at: i) { cut(at: after) }
      return
    }
    let next = nextWord(from: end)
    if next.kind == .lower || next.kind == .end { return }
    if endsSentence(periodAt: i, before: next) { cut(at: end) }
  }

  /// The word before the period decides whether it ends the sentence.
  private func endsSentence(periodAt i: Int, before next: Word) -> Bool {
    guard let range = tokenBefore(i), !range.isEmpty else { return true }
    let token = bytes(range)
    // Most periods follow an ordinary word longer than any abbreviation: no lookups needed.
    if token.count > EnglishAbbreviations.longest && !token.contains(UInt8(ascii: ".")) { return true }
    let lower = Self.lowercased(token)
    let opener = next.kind != .digit && isOpener(next)
    if next.kind == .digit {
      if EnglishAbbreviations.beforeNumber.contains(lower) { return false }
    }
    if lower.count == 1 && Self.isLetter(lower[0]) {
      // An initial ("Jonas E. Smith", "p. 55"), or the pronoun I ending a sentence ("you and I.").
      if next.kind == .digit { return false }
      return opener || (token.first == UInt8(ascii: "I") && previousWordIsLowercase(before: range.lowerBound))
    }
    if let kind = Self.multiPeriodAbbreviation(lower) {
      if next.kind == .digit { return false }
      if kind == .time && opener { return !isIntroductoryPhrase(upTo: range.lowerBound) }
      return opener
    }
    if EnglishAbbreviations.titles.contains(lower) {
      // "St. Michael's" is a title, "5th st. near" a street.
      if lower == Array("st".utf8) && token.first == UInt8(ascii: "s") { return next.kind != .digit && opener }
      return false
    }
    if EnglishAbbreviations.ordinary.contains(lower) { return next.kind != .digit && opener }
    return true
  }

  /// "world.Today", "1,000.That": a period between a lower-case letter or digit and a capitalised
  /// word ends a sentence, unless it is part of an address (e-mail, URL, file name).
  private func joinedSentenceEnd(at i: Int) -> Bool {
    guard i > 0, i + 2 < n, Self.isUpper(b[i + 1]), Self.isLower(b[i + 2]) else { return false }
    let previous = b[i - 1]
    guard Self.isLower(previous) || Self.isDigit(previous) else { return false }
    var s = i
    while s > 0 && i - s < 256 && !isSpaceBefore(s) { s -= 1 }
    var e = i + 1
    while e < n && e - i < 256 && spaceLength(at: e) == 0 { e += 1 }
    for k in s..<e {
      let c = b[k]
      if c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: ":") || c == UInt8(ascii: "_") { return false }
    }
    guard let range = tokenBefore(i), !bytes(range).contains(UInt8(ascii: ".")) else { return false }
    let lower = Self.lowercased(bytes(range))
    return !EnglishAbbreviations.titles.contains(lower) && !EnglishAbbreviations.ordinary.contains(lower)
      && !(lower.count == 1)
  }

  /// "At 5 a.m. Mr. Smith went": a sentence cannot be just an introductory time phrase.
  private func isIntroductoryPhrase(upTo end: Int) -> Bool {
    var k = sentenceStart
    while k < end && spaceLength(at: k) > 0 { k += 1 }
    var words = 0
    var firstWord: [UInt8] = []
    var inWord = false
    var p = k
    while p < end && words <= 4 {
      if spaceLength(at: p) > 0 {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
      if words == 1 && inWord && firstWord.count < 16 { firstWord.append(b[p]) }
      p += 1
    }
    return words <= 3 && EnglishAbbreviations.introductions.contains(Self.lowercased(firstWord[...]))
  }

  // MARK: - Words around a position

  enum Kind: Equatable {
    case upper, lower, digit, other, end
    /// Whether a sentence may start with it.
    var opens: Bool { self == .upper || self == .digit || self == .other }
  }

  struct Word {
    var kind: Kind
    /// The ASCII letters of the word (for matching sentence openers).
    var letters: Range<Int>
  }

  private func word(_ word: Word, is text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard word.letters.count == count else { return false }
    let p = text.utf8Start
    for k in 0..<count where b[word.letters.lowerBound + k] != p[k] { return false }
    return true
  }

  private func isOpener(_ word: Word) -> Bool {
    guard word.letters.count > 0, word.letters.count <= 12 else { return false }
    return EnglishAbbreviations.sentenceOpeners.contains(Array(b[word.letters]))
  }

  /// The first word after `p`, skipping white space and opening quotes and brackets.
  private func nextWord(from start: Int) -> Word {
    var p = start
    while p < n {
      let length = spaceLength(at: p)
      if length == 0 { break }
      p += length
    }
    var skipped = 0
    while p < n && skipped < 8 {
      let length = openerLength(at: p)
      if length == 0 { break }
      p += length
      skipped += 1
    }
    guard p < n else { return Word(kind: .end, letters: p..<p) }
    let c = b[p]
    var kind: Kind
    if Self.isUpper(c) {
      kind = .upper
    } else if Self.isLower(c) {
      kind = .lower
    } else if Self.isDigit(c) {
      kind = .digit
    } else if c >= 0xC0 {
      kind = nonASCIIKind(at: p)
    } else {
      kind = .other
    }
    var e = p
    while e < n && e - p < 24 && (Self.isUpper(b[e]) || Self.isLower(b[e])) { e += 1 }
    return Word(kind: kind, letters: p..<e)
  }

  private func nonASCIIKind(at p: Int) -> Kind {
    var iterator = b[p..<min(n, p + 4)].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .other }
    let properties = scalar.properties
    if properties.isLowercase { return .lower }
    if properties.isUppercase || properties.isAlphabetic { return .upper }
    return .other
  }

  /// The word just before position `i` (back to white space, without opening quotes or brackets),
  /// at most 64 bytes; nil when longer (no abbreviation is).
  /// It never reaches back over the start of the current sentence ("Tuesday.Mr.").
  private func tokenBefore(_ i: Int) -> Range<Int>? {
    var s = i
    while s > sentenceStart && i - s <= 64 && !isSpaceBefore(s) { s -= 1 }
    if i - s > 64 { return nil }
    while s < i && openerLength(at: s) > 0 { s += openerLength(at: s) }
    return s..<i
  }

  private func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> { ArraySlice(b[range]) }

  private func previousWordIsLowercase(before start: Int) -> Bool {
    var p = start
    var steps = 0
    while p > 0 && steps < 16 && isSpaceBefore(p) {
      p -= 1
      steps += 1
    }
    var s = p
    while s > 0 && p - s < 64 && !isSpaceBefore(s) { s -= 1 }
    return s < p && Self.isLower(b[s])
  }

  /// Where closing quotes and brackets after a terminator end, when white space or the end of
  /// the text follows them (`great." She`); otherwise `from` (`Jr.'s` has no closing quote).
  private func closersEnd(from start: Int) -> Int {
    var p = start
    while p < n {
      let c = b[p]
      if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: "]")
        || c == UInt8(ascii: "}") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_")
      {
        p += 1
      } else if c == 0xE2 && p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9D || b[p + 2] == 0x99 || b[p + 2] == 0xBA) {
        p += 3  // ” ’ ›
      } else if c == 0xC2 && p + 1 < n && b[p + 1] == 0xBB {
        p += 2  // »
      } else {
        break
      }
    }
    if p == start || p == n || spaceLength(at: p) > 0 { return p }
    return start
  }

  /// Opening quotes and brackets before a word: " ' ( [ “ ‘ « ¿ ¡ and list bullets.
  private func openerLength(at p: Int) -> Int {
    let c = b[p]
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[")
      || c == UInt8(ascii: "*") || c == UInt8(ascii: "_")
    {
      return 1
    }
    if c == 0xE2 && p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9C || b[p + 2] == 0x98 || b[p + 2] == 0xB9) {
      return 3  // “ ‘ ‹
    }
    if c == 0xC2 && p + 1 < n && (b[p + 1] == 0xAB || b[p + 1] == 0xBF || b[p + 1] == 0xA1) { return 2 }  // « ¿ ¡
    return 0
  }

  /// The byte length of the white space at `p` (ASCII, no-break and typographic spaces), or 0.
  private func spaceLength(at p: Int) -> Int {
    guard p < n else { return 0 }
    let c = b[p]
    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
    if c == 0xC2 && p + 1 < n && b[p + 1] == 0xA0 { return 2 }
    if c == 0xE2 && p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] <= 0x8A || b[p + 2] == 0xAF) { return 3 }
    if c == 0xE3 && p + 2 < n && b[p + 1] == 0x80 && b[p + 2] == 0x80 { return 3 }
    return 0
  }

  /// The byte length of the white space that ends just before `p`, or 0.
  private func spaceLengthBefore(_ p: Int) -> Int {
    guard p > 0 else { return 0 }
    let c = b[p - 1]
    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
    if c == 0xA0 && p >= 2 && b[p - 2] == 0xC2 { return 2 }
    if p >= 3 && (b[p - 3] == 0xE2 || b[p - 3] == 0xE3) && spaceLength(at: p - 3) == 3 { return 3 }
    return 0
  }

  private func isSpaceBefore(_ p: Int) -> Bool { spaceLengthBefore(p) > 0 }

  // MARK: - Output

  private func merge(_ a: [Int], _ c: [Int]) -> [Int] {
    c.isEmpty ? a : Array(Set(a + c)).sorted()
  }

  private func ranges(cuts: [Int]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(cuts.count + 1)
    var start = 0
    for end in cuts + [n] where end > start {
      var s = start
      var e = end
      while s < e && spaceLength(at: s) > 0 { s += spaceLength(at: s) }
      while e > s && isSpaceBefore(e) { e -= spaceLengthBefore(e) }
      if s < e { result.append(s..<e) }
      start = end
    }
    return result
  }

  // MARK: - Bytes

  enum AbbreviationKind { case time, other }

  /// "U.S", "e.g", "Ph.D", "a.m": letters in groups of one or two, joined by periods.
  static func multiPeriodAbbreviation(_ lower: [UInt8]) -> AbbreviationKind? {
    guard lower.contains(UInt8(ascii: ".")) else { return nil }
    var group = 0
    for c in lower {
      if c == UInt8(ascii: ".") {
        guard group > 0 else { return nil }
        group = 0
      } else if isLetter(c) {
        group += 1
        guard group <= 2 else { return nil }
      } else {
        return nil
      }
    }
    guard group > 0 else { return nil }
    return lower == Array("a.m".utf8) || lower == Array("p.m".utf8) ? .time : .other
  }

  static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map { isUpper($0) ? $0 | 0x20 : $0 }
  }

  @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
  @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  @inline(__always) static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
}
