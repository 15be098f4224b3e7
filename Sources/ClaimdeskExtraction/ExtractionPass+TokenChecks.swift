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
    let k = NameSpan.wordBefore(t, first)
    guard k >= 0 else { return false }
    // "published in the journal JAMA Psychiatry argued": the journal is where, not who.
    return t[k].is(Words.in) || t[k].is(Words.at) || t[k].is(Words.from) || t[k].is(Words.near) || t[k].is(Words.journal)
  }

  /// "to say", "can say", "would say", "not to say": "say" after these is no subject's saying
  /// reported ("Is it fair to say that ...", "I'm very happy to say that ...").
  func isBareSay(_ t: [Token], _ v: Int) -> Bool {
    guard t[v].is(Words.say) else { return false }
    guard v >= 1 else { return true }
    let p = t[v - 1]
    return p.kind != .word || p.is(Words.to) || p.is(Words.not) || p.has(.modal) || p.is(Words.will) || p.is(Words.would)
      || p.is(Words.can) || p.is(Words.should) || p.is(Words.must) || p.is(Words.cannot) || p.isCapitalised && !p.has(.anonymous)
      && !p.has([.personPronoun, .firstPerson, .bodyPronoun])
  }

  /// "... vehicles that industry analysts say will boost sales": a frame inside a relative
  /// clause, whose statement (a verb with no subject) is the clause's, not a claim of its own.
  func inRelativeClause(_ t: [Token], _ v: Int) -> Bool {
    guard v + 1 < t.count else { return false }
    let n = t[v + 1]
    guard n.has(.modal) || n.is(Words.will) || n.is(Words.would) || n.is(Words.can) || n.is(Words.should) || n.is(Words.must)
    else { return false }
    // "but she said could serve" drops its "it"; "that analysts say will boost" is relative.
    return (max(0, v - 4)..<v).contains { t[$0].is(Words.that) || t[$0].is(Words.which) }
  }

  /// Where the clause holding a frame opens, when something stands before it that is the
  /// writer's: after ", though" / ", but" / ", while" before the subject at `first`, or at a
  /// verb's "and" ("complained of poor communications and say that"). Nil otherwise.
  func frameClauseOpening(_ t: [Token], before first: Int, verb: Int) -> Int? {
    // (Only the verb's own "and": "Smith and Jones said" coordinates speakers.)
    if first == verb, first >= 2, t[first - 1].is(Words.and), t[first - 2].isWordOrNumber { return first - 1 }
    // (An unnamed source's phrase may have taken the "though" in: "though officials".)
    for k in [first - 1, first] where k >= 1 && k < t.count {
      if t[k].kind == .word, t[k].has(.subordinator) || t[k].is(Words.but), t[k - 1].kind == .comma { return k }
    }
    return nil
  }

  /// "70 percent of Americans say", "Fifty-one percent said": a poll's finding, which is the
  /// claim (the share), not a speaker's statement.
  func pollSubject(_ t: [Token], before v: Int) -> Bool {
    var k = v - 1
    while k >= 0, t[k].kind != .comma, t[k].kind != .semicolon, t[k].kind != .openBracket, !t[k].is(Words.that) {
      if t[k].kind == .percent || t[k].is(Words.percent) { return true }
      k -= 1
    }
    return false
  }

  /// The end of an unnamed source's phrase after the verb: "said a person familiar with the
  /// matter" runs to the end of the sentence (five words at most after the phrase).
  func unnamedTail(_ t: [Token], _ np: SpeakerPhrase) -> Int {
    guard case .anonymous = np.who else { return np.last }
    var k = np.last + 1
    while k < t.count, k - np.last <= 5, t[k].isWordOrNumber { k += 1 }
    return k > np.last + 1 && endsSentence(t, k) ? k - 1 : np.last
  }

  /// Whether the name at `first` issued the document named right before it: "Data from the
  /// Office for National Statistics shows", "A report by the Resolution Foundation found".
  func issuesDocument(_ t: [Token], _ first: Int) -> Bool {
    let k = NameSpan.wordBefore(t, first)
    return k >= 1 && (t[k].is(Words.from) || t[k].is(Words.by)) && t[k - 1].kind == .word && Words.isDocument(t[k - 1].hash)
  }

  /// Whether the sentence opens with a document and who issued it, right before the verb `v`:
  /// "Figures from the Labor Department showed", "A report by Harbor Analytics found".
  func opensWithIssuedDocument(_ t: [Token], before v: Int) -> Bool {
    var k = t.first?.has(.determiner) == true ? 1 : 0
    while k + 1 < v, t[k].kind == .word, !t[k].isCapitalised || k == 0, !Words.isDocument(t[k].hash), t[k + 1].kind == .word { k += 1 }
    guard k + 2 < v, Words.isDocument(t[k].hash), issuesDocument(t, t[k + 2].is(Words.the) ? k + 3 : k + 2) else { return false }
    let name = t[k + 2].is(Words.the) ? k + 3 : k + 2
    // "the Office for National Statistics": lowercase joining words inside the name.
    return name < v && NameSpan.startsName(t[name])
      && t[name..<v].allSatisfy { NameSpan.startsName($0) || $0.is(Words.of) || $0.is(Words.for) || $0.is(Words.on) || $0.is(Words.and) }
  }

  /// Where a frame ending the sentence opens, when a comma stands before it: the speaker's
  /// phrase, with its article ("..., the Interior Ministry said in a statement.").
  /// A first speaker before "and" opens it: "..., John Smith of Harvard and Jane Doe said.".
  func endFrameOpening(_ t: [Token], _ np: SpeakerPhrase) -> Int? {
    var opening = np.first > 2 && t[np.first - 1].is(Words.the) ? np.first - 1 : np.first
    if opening > 3, t[opening - 1].is(Words.and) {
      var k = opening - 2
      while k > 1,
        t[k].kind == .word && (NameSpan.startsName(t[k]) || t[k].is(Words.of) || t[k].is(Words.the) && t[k - 1].is(Words.of))
          || t[k].kind == .hyphen || NameSpan.isAbbreviationPeriod(t, k)
      {
        k -= 1
      }
      if k < opening - 2, t[k].kind == .comma, NameSpan.startsName(t[k + 1]) { opening = k + 1 }
    }
    return opening > 1 && t[opening - 1].kind == .comma ? opening : nil
  }

  /// The last token of what still belongs to a speaker's name after it: where the person is
  /// from ("said John Smith of Harvard", "of the Brookings Institution") and a second speaker
  /// ("said John Smith and Jane Doe"); `last` when nothing does.
  func speakerTail(_ t: [Token], after last: Int) -> Int {
    var end = last
    var k = last + 1
    while k + 1 < t.count, t[k].is(Words.of) || t[k].is(Words.at) || t[k].is(Words.from) || t[k].is(Words.and) {
      var n = k + 1
      if !t[k].is(Words.and), t[n].is(Words.the) { n += 1 }
      guard n < t.count, NameSpan.startsName(t[n]) else { break }
      end = NameSpan.extend(t, from: n, limit: t.count)
      k = end + 1
    }
    return end
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
