import ClaimdeskText

/// Where a frame's speaker phrase begins and ends: a first speaker before "and", where the
/// person works after the name, an unnamed source's words, a document and its issuer.
extension ExtractionPass {
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
    guard k + 2 < v, Words.isDocument(t[k].hash), t[k + 1].is(Words.from) || t[k + 1].is(Words.by) else { return false }
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
}
