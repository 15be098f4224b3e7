import ClaimdeskText

/// Finding who a verb of saying belongs to: subjects before appositives, after fronted
/// phrases, of coordinated verbs; names that end a sentence; what is no subject.
extension ExtractionPass {
  /// "Ruiz and her colleagues wrote", "Paganini and his team wrote": the named author, where
  /// `j` is the word before the verb.
  func namedAuthor(_ t: [Token], _ j: Int, floor: Int) -> Int {
    guard j - 3 >= floor, t[j].kind == .word, !t[j].isCapitalised, t[j - 1].has(.determiner), t[j - 2].is(Words.and),
      NameSpan.startsName(t[j - 3])
    else { return j }
    return j - 3
  }

  /// The subject of ", saying ..." at `v`: the phrase opening the sentence and followed by its
  /// verb ("Lee denied the charge, saying"), or, after a fronted adverbial, the one opening the
  /// main clause ("Hours before the game, coach Bruce Boudreau expressed confidence, saying").
  mutating func participleSubject(_ t: [Token], before v: Int) -> SpeakerPhrase? {
    var starts = [0]
    // "Last week State Department official David Holmes revealed ..., saying"
    if v > 3, t[1].has(.timeUnit) || t[1].has(.weekday), t[0].has(.deictic) || t[0].is(Words.on) { starts.append(2) }
    if let comma = t[0..<v].firstIndex(where: { $0.kind == .comma }), comma + 2 < v, comma <= 14 { starts.append(comma + 1) }
    for var start in starts {
      // "The Harbor Commission issued a statement saying": the name after its article.
      if start + 1 < v, t[start].is(Words.the), NameSpan.startsName(t[start + 1]) { start += 1 }
      guard let np = SpeakerPhrase.starting(at: start, limit: v, t, &memory, bytes), np.last + 1 < v,
        t[np.last + 1].kind == .word, isNamed(np)
      else { continue }
      // "Health care providers have protested ..., warning": a lone capitalised word opening the
      // sentence names no one unless it is a person the article named before ("Lee").
      if np.first == 0, np.first == np.last {
        guard case .person(let p) = np.who, !memory.isNew(p) else { continue }
      }
      return np
    }
    return nil
  }

  /// A name ending the sentence after the comma `c` at most 14 tokens on: "..., said another
  /// witness in the inquiry, former adviser Ana Ruiz." gives "Ana Ruiz".
  mutating func nameEnding(_ t: [Token], after c: Int) -> SpeakerPhrase? {
    var last = t.count - 1
    while last > c, t[last].kind != .word { last -= 1 }
    guard last > c, endsSentence(t, last + 1) else { return nil }
    var comma = last
    while comma > c, t[comma].kind != .comma, !t[comma].isQuote { comma -= 1 }
    // Only a description between the verb and the name: "said that it ended, according to X" is
    // reported content, not a frame.
    for m in c..<comma where t[m].is(Words.that) || t[m].is(Words.according) || t[m].has(.speech) { return nil }
    guard t[comma].kind == .comma, comma - c <= 14, comma < last,
      let np = SpeakerPhrase.ending(at: last, floor: comma + 1, t, &memory, bytes)
    else { return nil }
    guard case .person = np.who else { return nil }
    for m in (comma + 1)..<np.first where t[m].kind != .word { return nil }
    return np
  }

  /// A speaker the text names: a person or a body, not a pronoun nobody matches nor a source.
  func isNamed(_ np: SpeakerPhrase) -> Bool {
    switch np.who {
    case .person, .name: return true
    default: return false
    }
  }

  /// Whether a phrase at `first` opens the sentence's main or first clause: nothing before it,
  /// a few words with no comma and no verb ("Republican state schools Superintendent"), or a
  /// subordinator ("When Lee was asked, ...").
  func opensClause(_ t: [Token], _ first: Int) -> Bool {
    if first == 0 { return true }
    if first == 1, t[0].has(.subordinator) { return true }
    guard first <= 4 else { return false }
    for m in 0..<first {
      guard t[m].kind == .word, !t[m].has(.speech), !t[m].has(.copula), !t[m].has(.perfect),
        !t[m].has(.subordinator), !t[m].classes.contains(.personPronoun)
      else { return false }
    }
    return true
  }

  /// A verb of saying that ends the sentence after `v` ("..., the prosecutor's office said.").
  func hasEndFrame(_ t: [Token], after v: Int) -> Bool {
    ((v + 1)..<t.count).contains { t[$0].has(.speech) && endsSentence(t, $0 + 1) }
  }

  /// "told" (or "tells") with no "that" and no quotation after it: "told them of Ford's passing".
  func tellsNothing(_ t: [Token], _ v: Int) -> Bool {
    (t[v].is(Words.told) || t[v].is(Words.tells)) && !t[(v + 1)...].contains { $0.is(Words.that) || $0.isQuote }
  }

  /// The person a body phrase follows as "of", "at" or "from" the body: "Dr. Joneigh Khaldun of
  /// the Michigan Department of Health", "Jane Doe at the Urban Institute", opening the clause
  /// or a frame after a comma ("..., Owen Barsby of the Royal Infirmary said.").
  mutating func person(before body: SpeakerPhrase, _ t: [Token]) -> SpeakerPhrase? {
    let k = NameSpan.wordBefore(t, body.first)
    guard k >= 1, t[k].is(Words.of) || t[k].is(Words.at) || t[k].is(Words.from), NameSpan.startsName(t[k - 1]),
      !Words.isDocument(t[k - 1].hash),
      let np = SpeakerPhrase.ending(at: k - 1, floor: 0, t, &memory, bytes), case .person = np.who,
      opensClause(t, np.first) || endFrameOpening(t, np) != nil
    else { return nil }
    return SpeakerPhrase(first: np.first, last: body.last, who: np.who)
  }

  /// A lone name after "to" ("the ambassador to Britain") is where someone was sent, not who spoke.
  func isDestination(_ t: [Token], _ np: SpeakerPhrase) -> Bool {
    guard np.first == np.last else { return false }
    let k = NameSpan.wordBefore(t, np.first)
    return k >= 0 && t[k].is(Words.to)
  }

  /// Steps back over a time phrase between a subject and its verb: "Alden on Tuesday announced",
  /// "the company last week said".
  func skipTime(_ t: [Token], _ j: Int) -> Int {
    // "Sen. Lindsey Graham (R-S.C.) said": a short parenthesis (a party and state) too.
    if j >= 2, t[j].kind == .closeBracket,
      let open = (max(1, j - 8)..<j).last(where: { t[$0].kind == .openBracket }),
      !t[(open + 1)..<j].contains(where: { $0.kind == .closeBracket })
    {
      return open - 1
    }
    guard j >= 2, t[j].kind == .word else { return j }
    if t[j].has(.weekday) || t[j].has(.relativeDay), t[j - 1].is(Words.on) { return j - 2 }
    if t[j].has(.timeUnit), t[j - 1].has(.deictic) { return j - 2 }
    // "Clark in October revealed"
    if t[j].has(.month), t[j - 1].is(Words.in) { return j - 2 }
    return j
  }

  /// "The report, published by the Resolution Foundation on Monday, found that": the body or
  /// person who issued the document opening the sentence, named in its appositive (ending at
  /// the comma `j`).
  mutating func documentIssuerAppositive(_ t: [Token], before j: Int) -> SpeakerPhrase? {
    guard t[0].is(Words.the) || t[0].has(.determiner), Words.isDocument(t[1].hash), t[2].kind == .comma,
      t[3].kind == .word, !t[3].isCapitalised, t[4].is(Words.by)
    else { return nil }
    let first = t[5].is(Words.the) ? 6 : 5
    guard first < j, NameSpan.startsName(t[first]) else { return nil }
    let last = NameSpan.extend(t, from: first, limit: j)
    guard let np = SpeakerPhrase.ending(at: last, floor: first, t, &memory, bytes), isNamed(np) else { return nil }
    return np
  }

  /// The name before an appositive that ends at the comma `j`: "Zippy Duvall, the president of
  /// the American Farm Bureau," gives "Zippy Duvall" when the name is a person's.
  /// Two appositives may follow the name: "Jeff Sanborn, president of Chapter & Verse, a Spokane
  /// design agency, said" gives "Jeff Sanborn".
  mutating func beforeAppositive(_ t: [Token], _ j: Int) -> SpeakerPhrase? {
    var found: SpeakerPhrase?
    var end = j
    for _ in 0..<2 {
      var c = end - 1
      // "Ian Hamilton, an expert in drug use and mental health at the Department of Health
      // Sciences at the U.K.'s University of York who did not work on the study, told Newsweek"
      while c > 0, end - c <= 32, t[c].kind != .comma { c -= 1 }
      // "Chris Tang, Hong Kong's new police commissioner, said": a possessor may open it.
      guard c > 0, end - c <= 32, t[c].kind == .comma, c + 1 < end, t[c + 1].kind == .word,
        t[c + 1].has(.determiner) || !t[c + 1].isCapitalised || t[(c + 1)..<min(end, c + 4)].contains(where: \.isPossessive)
      else { break }
      // Past the first appositive, only a name that is all the sentence has before its comma
      // ("Jeff Sanborn"), which wins over one inside the first appositive ("Verse").
      let opensSentence = NameSpan.startsName(t[0]) && NameSpan.extend(t, from: 0, limit: c) == c - 1
      if found == nil && end == j || opensSentence,
        let np = SpeakerPhrase.ending(at: c - 1, floor: 0, t, &memory, bytes), case .person = np.who
      {
        found = np
      }
      end = c
    }
    return found
  }
}
