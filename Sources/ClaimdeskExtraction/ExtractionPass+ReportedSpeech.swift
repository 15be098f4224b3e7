import ClaimdeskText

/// Reported speech and "according to": the subject and verb that give a sentence's statement
/// its speaker, and what was said.
extension ExtractionPass {
  /// "according to the daily Ha'aretz": the named source, and where the rest of the sentence is.
  mutating func findAccording(_ w: inout SentenceWork) {
    let t = w.tokens
    var k = 0
    while k + 2 < t.count {
      defer { k += 1 }
      guard t[k].is(Words.according), t[k + 1].is(Words.to), !inPiece(w, k) else { continue }
      var j = k + 2
      var anonymous = false
      while j < t.count, j - k <= 5, t[j].kind == .word, !t[j].isCapitalised || t[j].has(.determiner) && j == k + 2 {
        if t[j].has(.anonymous) { anonymous = true }
        j += 1
      }
      var speaker: String?
      var last = j - 1
      // "According to his aunt, Jane Starner, ...": the name between commas after a description.
      if j > k + 2, j + 2 < t.count, t[j].kind == .comma, NameSpan.startsName(t[j + 1]),
        t[NameSpan.extend(t, from: j + 1, limit: t.count) + 1].kind == .comma
      {
        j += 1
      }
      if j < t.count, NameSpan.startsName(t[j]) {
        last = NameSpan.extend(t, from: j, limit: t.count)
        // "the Centre for Disease Control", "the Jordanian government": the whole body.
        var body = false
        if last + 2 < t.count, t[last + 1].is(Words.for) || t[last + 1].is(Words.on), NameSpan.startsName(t[last + 2]) {
          last = NameSpan.extend(t, from: last + 2, limit: t.count)
          body = true
        } else if last + 1 < t.count, t[last + 1].kind == .word, !t[last + 1].isCapitalised, Words.isBody(t[last + 1].hash) {
          last += 1
          body = true
        }
        // "according to the Post's Fact Checker": the unit that compiled it, not the paper.
        if body {
          speaker = memory.text(t, j, last, bytes)
        } else if t[last].isPossessive, last + 1 < t.count, NameSpan.startsName(t[last + 1]) {
          last = NameSpan.extend(t, from: last + 1, limit: t.count)
          speaker = memory.text(t, j, last, bytes)
        } else {
          switch memory.observe(NameSpan(first: j, last: last), t, bytes, asSpeaker: false) {
          case .person(let p)?: speaker = memory.people[p].name; memory.spoke(p)
          case .organisation(let name)?: speaker = name
          case nil: speaker = memory.text(t, j, last, bytes)
          }
        }
        // A newspaper that carried the statement is where it was read, not who made it.
        if Words.isPublication(t[last].baseHash) { speaker = nil }
      } else if j == k + 4, t[k + 2].is(Words.the), Words.isDefiniteBody(t[k + 3].hash), j == t.count || !t[j].isWordOrNumber {
        // "..., according to the company.": the organisation the article named before.
        speaker = memory.earlierBody
      } else if j < t.count, t[j].kind == .number, t[j].suffix == .other {
        // "according to 1010data": a name that starts with digits.
        speaker = memory.text(t, j, j, bytes)
        last = j
      }
      var hedges = ["according to"]
      if anonymous && speaker == nil { hedges.append(Attribution.unnamedSource) }
      // The claim is the rest: "X, according to Y." or "According to Y, X."
      var first = 0
      var end = t.count - 1
      if k > 0 && t[k - 1].kind == .comma {
        end = k - 2
      } else if k == 0 {
        var c = last + 1
        while c < t.count, t[c].kind != .comma { c += 1 }
        first = c + 1
      }
      w.according = (first, end, Attribution(speaker: speaker, hedges: hedges))
      return
    }
  }

  /// `Netanyahu said there could be ...`, `X told Kerry that ...`, `..., officials said.`
  mutating func findReportedSpeech(_ w: inout SentenceWork, _ used: Set<Int>) {
    let t = w.tokens
    for v in 0..<t.count {
      // The word's classes first: most words are no verb of saying, and `used` is a hashed set.
      guard t[v].has([.speech, .speechWeak, .speechParticiple, .speechThat, .frameVerb]), !used.contains(v), !inPiece(w, v)
      else { continue }
      // "Bridenstine responded that ...": a frame verb reports speech before "that" too.
      let thatOnly = !t[v].has([.speech, .speechWeak, .speechParticiple])
      if thatOnly {
        // "the study found that", "as iFixit points out that": only right before "that", or
        // after a named body's document ("A new ABC News poll shows ...").
        let n = v + 1 < t.count && t[v + 1].is(Words.out) ? v + 2 : v + 1
        let document = v >= 2 && Words.isDocument(t[v - 1].hash) && !t[v - 1].isCapitalised
        guard n < t.count, t[n].is(Words.that) || document else { continue }
      }
      // "the Russian and Syrian claims are false": a plural noun before its verb ("Nissan claims
      // is" and "she said could" stay frames).
      if v + 1 < t.count, t[v + 1].is(Words.are) || t[v + 1].is(Words.were) { continue }
      // "the Nasdaq Composite added 20.72 points", "Clifton added a goal": a gain, not a statement;
      // "Biden has maintained a significant polling lead", "the fire claimed 10 lives" neither.
      if t[v].is(Words.added) || t[v].is(Words.adds) || t[v].is(Words.maintained) || t[v].is(Words.maintains)
        || t[v].is(Words.claimed), v + 1 < t.count,
        t[v + 1].kind == .number || t[v + 1].has(.determiner) && !t[v + 1].is(Words.the) && !t[v + 1].is(Words.that)
      {
        continue
      }
      // The subject must open the sentence and be followed by its verb ("BUFFALO, N.Y. — ..." is
      // a dateline, not a subject).
      if t[v].classes.contains(.speechParticiple), v > 1, t[v - 1].kind == .comma, v + 1 < t.count,
        let np = participleSubject(t, before: v), isNamed(np)
      {
        // "Lee denied the charge, saying the money was a loan.": the subject's statement.
        let c = t[v + 1].is(Words.that) ? v + 2 : v + 1
        w.reported = (c, t.count - 1, attribution(np, hedges: [], t))
        return
      }
      let core = t[v].classes.contains(.speech)
      let weak = t[v].classes.contains(.speechWeak) || thatOnly
      guard core || (weak && v + 1 < t.count && t[v + 1].is(Words.that)) || weak && v > 0 else { continue }
      // "..., said Toner." and "..., officials said."
      // "..., said Amnesty International on Tuesday, November 19."
      if core, v > 0, t[v - 1].kind == .comma, let np = SpeakerPhrase.starting(at: v + 1, limit: t.count, t, &memory, bytes),
        endsSentence(t, np.last + 1) || t[np.last + 1].kind == .comma || endsWithCircumstance(t, np.last + 1)
      {
        // "..., said another witness, former adviser Ana Ruiz.": the name at the end.
        let named = !isNamed(np) && np.last + 1 < t.count && t[np.last + 1].kind == .comma ? nameEnding(t, after: np.last + 1) : nil
        w.reported = (0, v - 2, attribution(named ?? outside(np, t), hedges: [], t))
        return
      }
      if core, v > 0, t[v - 1].kind == .comma, let named = nameEnding(t, after: v + 1) {
        w.reported = (0, v - 2, attribution(named, hedges: [], t))
        return
      }
      var (j, hedges) = skipAdverbs(t, v - 1, floor: 0)
      j = skipTime(t, j)
      // "U.S. Attorney James Kennedy Jr. said": the period of an abbreviation ends the name.
      if NameSpan.isAbbreviationPeriod(t, j) { j -= 1 }
      j = namedAuthor(t, j, floor: 0)
      var np = SpeakerPhrase.ending(at: j, floor: 0, t, &memory, bytes)
      if let found = np, let person = person(before: found, t) {
        // "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says":
        // the person, not the department.
        np = person
      } else if let found = np, isPlacePhrase(t, before: found.first) || isDestination(t, found) {
        // "... of the Aberdeen Royal Infirmary in the UK told the tale": a place after "in" is
        // where the subject is, not the subject; so is "Britain" in "China's ambassador to
        // Britain accused".
        np = nil
      }
      if j >= 2, t[j].kind == .comma, let named = beforeAppositive(t, j) {
        // "Zippy Duvall, the president of the American Farm Bureau, said": the person, not the body.
        np = named
      }
      if np == nil, j >= 2, t[j].kind == .comma {
        // "Netanyahu, however, said" and "Carlineo's attorney, Sonya Zoghlin, said"; not "the
        // envoy in Brussels, said": the phrase stands alone between commas or opens the sentence.
        // "Martin Taylor, 43, wrote" and "Sen. Ted Cruz, R-Texas, said": an age or a party
        // between commas.
        var aside = (t[j - 1].kind == .word && !t[j - 1].isCapitalised || t[j - 1].kind == .number) && t[j - 2].kind == .comma
        var end = j - 3
        if !aside, j >= 5, t[j - 4].kind == .comma, t[j - 2].kind == .hyphen, isPartyLetter(t[j - 3]) {
          aside = true
          end = j - 5
        }
        np = SpeakerPhrase.ending(at: aside ? end : j - 1, floor: 0, t, &memory, bytes)
        if let found = np, found.first > 0, t[found.first - 1].kind != .comma { np = nil }
        // "The group that owns her catalogue, Big Machine, says": the name of that organisation.
        if let found = np, case .person(let p) = found.who, t.count > 1, t[0].is(Words.the), Words.isDefiniteBody(t[1].hash) {
          np = SpeakerPhrase(first: found.first, last: found.last, who: .name(memory.people[p].name))
        }
      }
      // "On Thursday, Swift took to social media and accused Braun ...": the subject of the
      // clause whose second verb this is; what it did first is part of the statement, so the
      // claim is the whole sentence.
      // A frame ending the sentence ("..., the prosecutor's office said.") names its speaker
      // instead; "and told them of Ford's passing" tells no statement.
      if np == nil, v >= 3, t[v - 1].is(Words.and), !hasEndFrame(t, after: v), !tellsNothing(t, v),
        let subject = participleSubject(t, before: v - 1), isNamed(subject)
      {
        w.reported = (0, t.count - 1, attribution(subject, hedges: hedges, t))
        return
      }
      if let found = np, v + 1 < t.count, t[v + 1].kind == .comma, found.first > 1, t[found.first - 1].kind == .comma,
        isNamed(found)
      {
        // "The cost, Lee said, is $4 billion.": the whole sentence, the frame inside it.
        w.reported = (0, t.count - 1, attribution(found, hedges: hedges, t))
        return
      }
      if !core && !(v + 1 < t.count && t[v + 1].is(Words.that)) {
        // "McClatchy reported a loss of $304 million", "She accused the label of ...": a
        // named subject opening the sentence makes the whole sentence its statement.
        // "Lee's repeated calls" and "Acme's estimated losses": a possessor is no subject.
        guard let found = np, isNamed(found), opensClause(t, found.first), !t[found.last].isPossessive else { continue }
        w.reported = (0, t.count - 1, attribution(found, hedges: hedges, t))
        return
      }
      var c = v + 1
      if t[v].is(Words.told) || t[v].is(Words.tells) || t[v].is(Words.warned) {
        // The one told: "Kerry", "reporters", "the council".
        if c < t.count, NameSpan.startsName(t[c]) {
          c = NameSpan.extend(t, from: c, limit: t.count) + 1
        } else if c < t.count, t[c].kind == .word, !t[c].is(Words.that) {
          let determiner = t[c].has(.determiner)
          c += 1
          while determiner, c < t.count, c - v <= 4, t[c].kind == .word, !t[c].is(Words.that) { c += 1 }
        }
      }
      // "..., the mayor said." / "..., the mayor told the council."
      if let np, endsSentence(t, c) || endsWithCircumstance(t, c) {
        // "..., the Interior Ministry said in a statement.": the article may open the name.
        let opening = np.first > 2 && t[np.first - 1].is(Words.the) ? np.first - 1 : np.first
        if opening > 1, t[opening - 1].kind == .comma {
          w.reported = (0, opening - 2, attribution(outside(np, t), hedges: hedges, t))
          return
        }
      }
      var sawThat = false
      var m = v + 1
      // "told CNN in 2018 that", "told VOA Pentagon correspondent Carla Babb on Nov. 5 that": a
      // time on the way to "that" (seven words at most; an abbreviation's period is no word).
      var words = 0
      while m < t.count, words < 8, t[m].isWordOrNumber || NameSpan.isAbbreviationPeriod(t, m), !t[m].is(Words.that) {
        if t[m].isWordOrNumber { words += 1 }
        m += 1
      }
      if m < t.count, words < 8, t[m].is(Words.that) {
        c = m + 1
        sawThat = true
      } else if c < t.count, t[c].kind == .colon {
        c += 1
      }
      guard sawThat || np != nil else { continue }
      // "They discovered that ..." keeps its subject: a finding is split off only when its
      // subject is named ("Howitt found that ...").
      if thatOnly, !(np.map(isNamed) ?? false) { continue }
      guard !endsSentence(t, c), c < t.count, t[c].kind != .comma, !inPiece(w, c) || sawThat else { continue }
      // "... Lucas Paganini said in a NASA statement." and "which Jeff Bezos announced earlier
      // this year.": a circumstance, not what was said.
      guard sawThat || !endsWithCircumstance(t, c) && !endsWithTime(t, c) else { continue }
      var a = attribution(np ?? SpeakerPhrase(first: v, last: v, who: .unknown), hedges: hedges, t)
      if np == nil, anonymousBefore(t, v) { a.hedges.append(Attribution.unnamedSource) }
      if np == nil { a.speaker = nil }
      w.reported = (c, t.count - 1, a)
      if np != nil, t[0].has(.subordinator), !t[0].is(Words.as), !isPreposition(t[c]),
        !t[0..<v].contains(where: { $0.kind == .comma })
      {
        // "While Lee said the visit was routine, the tests were not.": the main clause after
        // the comma is the writer's.
        var comma = c
        while comma < t.count, t[comma].kind != .comma, !t[comma].isQuote { comma += 1 }
        if comma < t.count, t[comma].kind == .comma, comma + 4 < t.count, !inPiece(w, comma) {
          w.reported = (c, comma - 1, a)
          w.mainClause = (comma + 1, t.count - 1)
        }
      }
      return
    }
  }

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
    for start in starts {
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
  /// the Michigan Department of Health", "Jane Doe at the Urban Institute", opening the clause.
  mutating func person(before body: SpeakerPhrase, _ t: [Token]) -> SpeakerPhrase? {
    var k = body.first - 1
    if k >= 0, t[k].is(Words.the) { k -= 1 }
    guard k >= 1, t[k].is(Words.of) || t[k].is(Words.at) || t[k].is(Words.from), NameSpan.startsName(t[k - 1]),
      let np = SpeakerPhrase.ending(at: k - 1, floor: 0, t, &memory, bytes), case .person = np.who,
      opensClause(t, np.first)
    else { return nil }
    return SpeakerPhrase(first: np.first, last: body.last, who: np.who)
  }

  /// A lone name after "to" ("the ambassador to Britain") is where someone was sent, not who spoke.
  func isDestination(_ t: [Token], _ np: SpeakerPhrase) -> Bool {
    guard np.first == np.last else { return false }
    var k = np.first - 1
    if k >= 0, t[k].is(Words.the) { k -= 1 }
    return k >= 0 && t[k].is(Words.to)
  }

  /// Steps back over a time phrase between a subject and its verb: "Alden on Tuesday announced",
  /// "the company last week said".
  func skipTime(_ t: [Token], _ j: Int) -> Int {
    guard j >= 2, t[j].kind == .word else { return j }
    if t[j].has(.weekday) || t[j].has(.relativeDay), t[j - 1].is(Words.on) { return j - 2 }
    if t[j].has(.timeUnit), t[j - 1].has(.deictic) { return j - 2 }
    // "Clark in October revealed"
    if t[j].has(.month), t[j - 1].is(Words.in) { return j - 2 }
    return j
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
