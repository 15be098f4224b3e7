import ClaimdeskText

/// Reported speech: the subject and verb that give a sentence's statement its speaker, and what
/// was said.
extension ExtractionPass {
  /// `Netanyahu said there could be ...`, `X told Kerry that ...`, `..., officials said.`
  mutating func findReportedSpeech(_ w: inout SentenceWork, _ used: Set<Int>) {
    let t = w.tokens
    for v in 0..<t.count {
      // The word's classes first: most words are no verb of saying, and `used` is a hashed set.
      guard t[v].has([.speech, .speechWeak, .speechParticiple, .speechThat, .frameVerb]), !used.contains(v), !inPiece(w, v),
        !isBareSay(t, v), !pollSubject(t, before: v), !inRelativeClause(t, v)
      else { continue }
      // "Bridenstine responded that ...": a frame verb reports speech before "that" too.
      let thatOnly = !t[v].has([.speech, .speechWeak, .speechParticiple])
      if thatOnly {
        // "..., Dempsey stressed.": a frame verb ending the sentence after a comma and a named
        // speaker ("..., the rain continued." names no one).
        if t[v].classes.contains(.frameVerb), v >= 3, endsFrame(t, v + 1),
          let np = SpeakerPhrase.ending(at: v - 1, floor: 0, t, &memory, bytes)
        {
          let speaker = outside(np, t)
          if let opening = endFrameOpening(t, np), isNamed(speaker) {
            w.reported = (0, opening - 2, attribution(speaker, hedges: [], t))
            return
          }
        }
        // "the study found that", "as iFixit points out that": only right before "that", or
        // after a named body's document ("A new ABC News poll shows ...").
        let n = v + 1 < t.count && t[v + 1].is(Words.out) ? v + 2 : v + 1
        let document = v >= 2 && Words.isDocument(t[v - 1].hash) && !t[v - 1].isCapitalised || opensWithIssuedDocument(t, before: v)
        guard n < t.count, t[n].is(Words.that) || thatAfterCircumstance(t, v) || document else { continue }
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
      // "Patton added to his collection of titles": a gain too.
      if t[v].is(Words.added) || t[v].is(Words.adds), v + 1 < t.count, t[v + 1].is(Words.to) { continue }
      // The subject must open the sentence and be followed by its verb ("BUFFALO, N.Y. — ..." is
      // a dateline, not a subject).
      // ("The commission issued a statement saying that ...": no comma after "statement".)
      if t[v].classes.contains(.speechParticiple), v > 1, t[v - 1].kind == .comma || t[v - 1].is(Words.statement), v + 1 < t.count,
        let np = participleSubject(t, before: v), isNamed(np)
      {
        // "Lee denied the charge, saying the money was a loan.": the subject's statement; what
        // the subject did before saying it is the writer's report, a claim of its own.
        let c = t[v + 1].is(Words.that) ? v + 2 : v + 1
        w.reported = (c, t.count - 1, attribution(np, hedges: [], t))
        // ("issued a statement saying": the statement is the frame, nothing of its own.)
        if t[v - 1].kind == .comma { w.mainClause = (0, v - 2) }
        return
      }
      let core = t[v].classes.contains(.speech)
      let weak = t[v].classes.contains(.speechWeak) || thatOnly
      guard core || (weak && v + 1 < t.count && t[v + 1].is(Words.that)) || weak && v > 0 else { continue }
      // "..., said Toner." and "..., officials said."
      // "..., said Amnesty International on Tuesday, November 19.", "..., said John Smith of
      // Harvard and Jane Doe." (the first speaker named).
      if core, v > 0, t[v - 1].kind == .comma, let np = SpeakerPhrase.starting(at: v + 1, limit: t.count, t, &memory, bytes),
        case let tail = isNamed(np) && !t[v].is(Words.told) ? speakerTail(t, after: np.last) : unnamedTail(t, np),
        endsFrame(t, tail + 1) || t[tail + 1].kind == .comma
      {
        // "..., said another witness, former adviser Ana Ruiz.": the name at the end.
        let named = !isNamed(np) && tail + 1 < t.count && t[tail + 1].kind == .comma ? nameEnding(t, after: tail + 1) : nil
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
      } else if let found = np, isPlacePhrase(t, before: found.first) && !issuesDocument(t, found.first) || isDestination(t, found) {
        // "... of the Aberdeen Royal Infirmary in the UK told the tale": a place after "in" is
        // where the subject is, not the subject; so is "Britain" in "China's ambassador to
        // Britain accused".
        np = nil
      }
      if j >= 2, t[j].kind == .comma, let named = beforeAppositive(t, j) {
        // "Zippy Duvall, the president of the American Farm Bureau, said": the person, not the body.
        np = named
      }
      // "The company, which is expected to lay off thousands, confirmed that": the body the
      // article named before, past a relative clause.
      if np == nil, j >= 5, t[j].kind == .comma, t[0].is(Words.the), Words.isDefiniteBody(t[1].hash), t[2].kind == .comma,
        t[3].is(Words.which), !t[4..<j].contains(where: { $0.kind == .comma }),
        let body = SpeakerPhrase.ending(at: 1, floor: 0, t, &memory, bytes), isNamed(body)
      {
        np = body
      }
      if np == nil, j >= 6, t[j].kind == .comma, let issuer = documentIssuerAppositive(t, before: j) { np = issuer }
      // "The Harbor Commission, which regulates campaign finances, said": the name opening the
      // sentence, past its relative clause.
      if np == nil, j >= 5, t[j].kind == .comma, let comma = t[0..<j].firstIndex(where: { $0.kind == .comma }), comma >= 1,
        comma + 1 < j, t[comma + 1].is(Words.which) || t[comma + 1].is(Words.who), !t[(comma + 1)..<j].contains(where: { $0.kind == .comma }),
        let subject = SpeakerPhrase.ending(at: comma - 1, floor: 0, t, &memory, bytes), isNamed(subject),
        subject.first == 0 || subject.first == 1 && t[0].is(Words.the)
      {
        np = subject
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
      // "The statement, which was obtained by Variety, claimed that": its issuer's claim.
      if t.count > 3, t[0].is(Words.the), t[1].is(Words.statement), v == 2 || t[2].kind == .comma && t[v - 1].kind == .comma {
        np = statementIssuer.map { SpeakerPhrase(first: 0, last: 1, who: .name($0)) }
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
      if !core && !(v + 1 < t.count && t[v + 1].is(Words.that)) && !thatAfterCircumstance(t, v) {
        // "McClatchy reported a loss of $304 million", "She accused the label of ...": a
        // named subject opening the sentence makes the whole sentence its statement.
        // "Lee's repeated calls" and "Acme's estimated losses": a possessor is no subject.
        guard let found = np, isNamed(found), opensClause(t, found.first) || opensWithIssuedDocument(t, before: v),
          !t[found.last].isPossessive
        else { continue }
        w.reported = (0, t.count - 1, attribution(found, hedges: hedges, t))
        return
      }
      var c = v + 1
      let tells = t[v].is(Words.told) || t[v].is(Words.tells) || t[v].is(Words.warned)
      if tells {
        // The one told: "Kerry", "reporters", "the council".
        if c < t.count, NameSpan.startsName(t[c]) {
          c = NameSpan.extend(t, from: c, limit: t.count) + 1
        } else if c + 1 < t.count, t[c].is(Words.the), NameSpan.startsName(t[c + 1]) {
          // "told The Washington Post"
          c = NameSpan.extend(t, from: c + 1, limit: t.count) + 1
        } else if c < t.count, t[c].kind == .word, !t[c].is(Words.that) {
          let determiner = t[c].has(.determiner)
          c += 1
          // "told the committee he tried ...": a pronoun opens what was told.
          while determiner, c < t.count, c - v <= 4, t[c].kind == .word, !t[c].is(Words.that), !t[c].is(Words.to),
            !t[c].has([.personPronoun, .firstPerson])
          {
            c += 1
          }
        }
        // "he told the man to remove the bedding", "warned residents not to drink it": an
        // instruction, no statement reported; the sentence is the writer's.
        var k = c
        if k < t.count, t[k].is(Words.not) { k += 1 }
        if k < t.count, t[k].is(Words.to) { continue }
      }
      // "..., the mayor said." / "..., the mayor told the council."
      if let np, endsFrame(t, c) {
        if let opening = endFrameOpening(t, np) {
          w.reported = (0, opening - 2, attribution(outside(np, t), hedges: hedges, t))
          return
        }
      }
      var sawThat = false
      // "told CNN in 2018 that", "told VOA Pentagon correspondent Carla Babb on Nov. 5 that", "told
      // a few thousand teachers who covered the lawn that": after the one told, a time or a
      // clause on the way to "that" (seven words at most; an abbreviation's period is no word);
      // "said in an Oct. 26 letter to communications companies that": a place or a document,
      // eleven at most.
      var m = tells ? c : v + 1
      let limit = v + 1 < t.count && isPreposition(t[v + 1]) ? 12 : 8
      var words = 0
      while m < t.count, words < limit, t[m].isWordOrNumber || NameSpan.isAbbreviationPeriod(t, m), !t[m].is(Words.that) {
        if t[m].isWordOrNumber { words += 1 }
        m += 1
      }
      // Other verbs take no object there: "noted there's no definitive evidence that ..." is
      // no frame before "that"; "said on Tuesday that", "said last week that" are.
      let circumstance = m == v + 1 || tells || isPreposition(t[v + 1]) || t[v + 1].is(Words.after) || t[v + 1].is(Words.before)
        || t[v + 1].is(Words.over) || t[v + 1].has([.adverb, .weekday, .month, .relativeDay, .deictic, .timeUnit])
      if m < t.count, words < limit, t[m].is(Words.that), circumstance {
        c = m + 1
        sawThat = true
      } else if c < t.count, t[c].kind == .colon {
        c += 1
      } else if let comma = circumstanceComma(t, from: c) {
        // "..., the minister said on Tuesday, after years of debate ...": what was said is
        // before the frame; "Gupta noted at the time, Trump's heart disease meant ...": after
        // the circumstance.
        // ("Harbor's mayor Ana Ruiz said": the words describing the speaker are frame too.)
        if let np {
          var opening = np.first
          while opening > 1, np.first - opening < 6, t[opening - 1].kind == .word { opening -= 1 }
          if opening > 1, t[opening - 1].kind == .comma, describes(t, opening..<np.first) {
            w.reported = (0, opening - 2, attribution(outside(np, t), hedges: hedges, t))
            return
          }
        }
        c = comma + 1
      }
      // "Two people briefed on the talks said ...", "People familiar with the matter said": people
      // with knowledge, in a subject of a few words opening the sentence ("A spokesperson for the
      // governor's office said" stays whole: who the spokesperson speaks for is part of it).
      if np == nil, core, v >= 2, v <= 9, !t[v - 1].is(Words.and), !t[0..<v].contains(where: { !$0.isWordOrNumber }),
        t[0..<v].contains(where: { $0.is(Words.familiar) || $0.is(Words.briefed) })
      {
        np = SpeakerPhrase(first: 0, last: v - 1, who: .anonymous)
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
      if np == nil {
        a.speaker = nil
        // "The authors of the research ... argued that": the study's author, if named anywhere.
        a.citesStudy = citesStudy(t, 0..<v)
      }
      w.reported = (c, t.count - 1, a)
      // "Three cases were diagnosed, though officials say the risk is low", "Residents
      // complained of poor communications and say that ...": what comes before the frame's
      // clause is the writer's report, a claim of its own.
      if let opening = frameClauseOpening(t, before: np?.first ?? v, verb: v), opening >= 4 { w.mainClause = (0, opening - 1) }
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
}
