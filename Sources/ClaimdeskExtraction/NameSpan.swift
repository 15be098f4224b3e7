/// A run of capitalised tokens in a sentence (inclusive token indices), with any titles:
/// "Deputy State Department Spokesman Mark Toner", "Ha'aretz", "Jewish Home Party".
struct NameSpan {
  var first: Int
  var last: Int

  /// The names in `tokens`. Shouting (mostly all-caps) sentences have none: every word would
  /// look like a name. Each span has at most `maximumLength` tokens, so a 10,000-word capitalised
  /// run costs linear time and yields short spans.
  static func find(in tokens: [Token], range: Range<Int>, shouting: Bool) -> [NameSpan] {
    guard !shouting else { return [] }
    var spans: [NameSpan] = []
    var i = range.lowerBound
    while i < range.upperBound {
      guard startsName(tokens[i]) else { i += 1; continue }
      let last = extend(tokens, from: i, limit: range.upperBound)
      if !isOnlyDates(tokens, i, last) { spans.append(NameSpan(first: i, last: last)) }
      i = last + 1
    }
    return spans
  }

  static let maximumLength = 10

  /// "Tuesday", "November": dates, not names.
  static func isOnlyDates(_ tokens: [Token], _ first: Int, _ last: Int) -> Bool {
    for k in first...last where !tokens[k].classes.contains(.month) && !tokens[k].classes.contains(.weekday) {
      return false
    }
    return true
  }

  /// "Sources" or "Officials" opening a sentence is an unnamed source, not a name.
  /// ("US" in capitals is the country, not the pronoun: "the US Geological Survey said".)
  static func startsName(_ t: Token) -> Bool {
    t.kind == .word && t.isCapitalised && (!t.classes.contains(.common) || t.classes.contains(.title))
      && !t.classes.contains(.anonymous)
      && !t.classes.contains(.speech) && !t.classes.contains(.relativeDay)
      && (!t.classes.contains(.firstPerson) || t.isAllCaps && t.is(Words.us))
      && !t.classes.contains(.numberWord)
  }

  static func continuesName(_ t: Token) -> Bool {
    t.kind == .word && t.isCapitalised && t.spaceBefore
      && (!t.classes.contains(.common) || t.classes.contains(.title))
      && !t.classes.contains(.speech)
  }

  /// The last token of the name starting at `i`. The period of an initial or an abbreviated
  /// title stays inside the name: "C. Eugene Steuerle", "William G. Gale", "Mr. Reeves".
  static func extend(_ tokens: [Token], from i: Int, limit: Int) -> Int {
    var last = i
    var j = i + 1
    while j < limit, j - i < maximumLength, !tokens[last].isPossessive {
      if continuesName(tokens[j]) {
        last = j
        j += 1
      } else if isAbbreviationPeriod(tokens, j), j + 1 < limit, continuesName(tokens[j + 1]) {
        last = j + 1
        j += 2
      } else if tokens[j].kind == .hyphen, !tokens[j].spaceBefore, j + 1 < limit, tokens[j + 1].kind == .word,
        !tokens[j + 1].spaceBefore, tokens[j + 1].isCapitalised
      {
        // "Eva-Marie Persson", "Liu-Shiu-Cheong": a hyphen inside a name.
        last = j + 1
        j += 2
      } else if tokens[j].kind == .period, !tokens[j].spaceBefore, j + 1 < limit, tokens[j + 1].kind == .word,
        !tokens[j + 1].spaceBefore, !tokens[j + 1].isCapitalised
      {
        // "Polygraph.info", "Amazon.com": a web address is one name.
        last = j + 1
        j += 2
      } else if tokens[j].kind == .exclamation, !tokens[j].spaceBefore, j + 1 < limit, continuesName(tokens[j + 1]) {
        // "E! News": inside a sentence, an exclamation mark before a capitalised word is part of a name.
        last = j + 1
        j += 2
      } else if tokens[j].kind == .word, !tokens[j].isCapitalised, tokens[j].classes.contains(.connector),
        j + 1 < limit, continuesName(tokens[j + 1])
      {
        last = j + 1
        j += 2
      } else {
        break
      }
    }
    return last
  }

  /// The index of the word before `first`, past a "the" ("in the UK", "to Britain"); -1 at the
  /// sentence's start.
  static func wordBefore(_ tokens: [Token], _ first: Int) -> Int {
    var k = first - 1
    if k >= 0, tokens[k].is(Words.the) { k -= 1 }
    return k
  }

  /// A period right after an initial or a short title ("C.", "Mr.", "Dr.", "Cmdr.", "Capt."),
  /// not a sentence's end.
  static func isAbbreviationPeriod(_ tokens: [Token], _ j: Int) -> Bool {
    guard j > 0, j < tokens.count, tokens[j].kind == .period, !tokens[j].spaceBefore else { return false }
    let before = tokens[j - 1]
    return before.kind == .word && before.isCapitalised && before.byteEnd - before.byteStart <= 4
  }
}
