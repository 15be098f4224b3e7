import ClaimdeskText

/// Small checks on a sentence's tokens the attribution rules share.
extension ExtractionPass {
  /// "R", "D" or "I" of a party and state ("R-Texas").
  func isPartyLetter(_ t: Token) -> Bool {
    guard t.kind == .word, t.byteEnd - t.byteStart == 1 else { return false }
    let b = bytes[t.byteStart]
    return b == UInt8(ascii: "R") || b == UInt8(ascii: "D") || b == UInt8(ascii: "I")
  }

  func isPreposition(_ t: Token) -> Bool {
    t.is(Words.in) || t.is(Words.on) || t.is(Words.at) || t.is(Words.during) || t.is(Words.to) || t.is(Words.for)
  }

  /// "... said in a statement on Wednesday.": a short prepositional tail, then the end.
  func endsWithCircumstance(_ t: [Token], _ c: Int) -> Bool {
    guard c < t.count, isPreposition(t[c]) else { return false }
    // "... explained on an episode of their podcast "Beyond Finances."": a title may be quoted.
    // "at a Nov. 6 event at the Peterson Institute in Washington": an abbreviation's period too.
    var k = c + 1
    // "on Tuesday, November 19": a comma before a date.
    func datedComma(_ k: Int) -> Bool {
      t[k].kind == .comma && k + 1 < t.count && (t[k + 1].has(.month) || t[k + 1].has(.weekday) || t[k + 1].kind == .number)
    }
    while k < t.count, k - c <= 14, t[k].isWordOrNumber || t[k].isQuote || NameSpan.isAbbreviationPeriod(t, k) || datedComma(k),
      !t[k].is(Words.that)
    {
      k += 1
    }
    return k - c <= 14 && endsSentence(t, k)
  }

  /// Whether a frame's verb or speaker is all that is left from `k`: the sentence ends, or only
  /// a circumstance ("in a statement on Wednesday") or a time ("Friday", "last week") follows.
  func endsFrame(_ t: [Token], _ k: Int) -> Bool {
    endsSentence(t, k) || endsWithCircumstance(t, k) || endsWithTime(t, k)
  }

  /// Whether a short circumstance after the verb `v` leads to "that": "tweeted on Sunday that",
  /// "revealed Monday that", "found in a 2019 survey that"; not for a verb inside what an
  /// earlier "that" reports ("prosecutors alleged that both acknowledged to supervisors that").
  func thatAfterCircumstance(_ t: [Token], _ v: Int) -> Bool {
    let n = v + 1
    guard n < t.count, isPreposition(t[n]) || t[n].has([.weekday, .relativeDay]),
      !t[0..<v].contains(where: { $0.is(Words.that) })
    else { return false }
    var m = n + 1
    while m < t.count, m - n <= 6, t[m].isWordOrNumber || NameSpan.isAbbreviationPeriod(t, m), !t[m].is(Words.that) { m += 1 }
    return m < t.count && m - n <= 6 && t[m].is(Words.that)
  }

  /// "earlier this year", "last week", "on Monday" ending the sentence at `c`.
  func endsWithTime(_ t: [Token], _ c: Int) -> Bool {
    var k = c
    var time = false
    while k < t.count, k - c < 4, t[k].kind == .word {
      let w = t[k]
      if w.has(.timeUnit) || w.has(.weekday) || w.has(.relativeDay) || w.has(.month) { time = true }
      guard time || w.has(.deictic) || w.is(Words.earlier) || w.is(Words.later) || w.is(Words.on) || w.is(Words.in)
      else { return false }
      k += 1
    }
    return time && endsSentence(t, k)
  }

  /// Whether "in", "at", "from", "near" or "journal" (with "the") stands right before `first`:
  /// "in the UK", "in the journal Nature".
  func isPlacePhrase(_ t: [Token], before first: Int) -> Bool {
    var k = NameSpan.wordBefore(t, first)
    // "in China's Inner Mongolia": past the place the name is part of.
    if k >= 1, t[k].isPossessive, NameSpan.startsName(t[k]) {
      while k - 1 >= 0, NameSpan.startsName(t[k - 1]), !t[k - 1].isPossessive { k -= 1 }
      k = NameSpan.wordBefore(t, k)
    }
    guard k >= 0 else { return false }
    // "published in the journal JAMA Psychiatry argued": the journal is where, not who.
    return t[k].is(Words.in) || t[k].is(Words.at) || t[k].is(Words.from) || t[k].is(Words.near) || t[k].is(Words.journal)
  }

  /// The comma closing a circumstance that opens at `c` ("on Tuesday, ...", "in a statement,
  /// ..."): a preposition, then at most eleven words, numbers or abbreviations' periods.
  func circumstanceComma(_ t: [Token], from c: Int) -> Int? {
    guard c < t.count, isPreposition(t[c]) else { return nil }
    var k = c + 1
    while k < t.count, k - c <= 12, t[k].isWordOrNumber || NameSpan.isAbbreviationPeriod(t, k) { k += 1 }
    return k < t.count && k - c <= 12 && t[k].kind == .comma && k + 3 < t.count ? k : nil
  }

  func anonymousBefore(_ t: [Token], _ v: Int) -> Bool {
    for k in 0..<v where t[k].has(.anonymous) { return true }
    return false
  }

  func endsSentence(_ t: [Token], _ k: Int) -> Bool {
    var k = k
    while k < t.count {
      switch t[k].kind {
      case .period, .exclamation, .question, .closeQuote, .straightQuote, .closeBracket: k += 1
      default: return false
      }
    }
    return true
  }

  func inPiece(_ w: SentenceWork, _ k: Int) -> Bool {
    for p in w.pieces where k >= p.first && k <= p.last { return true }
    return false
  }

  func lowercased(_ t: Token) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[t.byteStart..<t.byteEnd]), as: UTF8.self).lowercased()
  }

  // MARK: Claims
}
