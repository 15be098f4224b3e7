/// Who a noun phrase next to a speech verb names: "Kerry", "he", "the prime minister",
/// "Deputy State Department Spokesman Mark Toner", "officials", "I".
struct SpeakerPhrase {
  enum Who {
    case person(Int)
    case name(String)
    /// "a source", "officials": the claim's speaker stays nil, with the hedge "unnamed source".
    case anonymous
    /// "I", "we" outside a quote: the author; nil speaker.
    case author
    /// A pronoun or role noun nobody in the document matches.
    case unknown
  }

  var first: Int
  var last: Int
  var who: Who

  /// The phrase that ends at token `j` (not before `floor`).
  static func ending(
    at j: Int, floor: Int, _ t: [Token], _ memory: inout PersonMemory, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> SpeakerPhrase? {
    guard j >= floor, j < t.count, t[j].kind == .word else { return nil }
    let w = t[j]
    if w.classes.contains(.personPronoun) { return SpeakerPhrase(first: j, last: j, who: pronoun(memory)) }
    if w.classes.contains(.bodyPronoun) { return SpeakerPhrase(first: j, last: j, who: bodyPronoun(w, memory)) }
    if w.classes.contains(.firstPerson) { return SpeakerPhrase(first: j, last: j, who: .author) }
    if NameSpan.startsName(w) || (w.isCapitalised && w.classes.contains(.title)) {
      var a = j
      // "the National Institute on Drug Abuse", "Centers for Disease Control": a lowercase
      // "of", "on" or "for" between capitalised words stays inside the name.
      while a - 1 >= floor, j - a < NameSpan.maximumLength - 1 {
        let p = t[a - 1]
        // ("Harbor Groups Association": a word of unnamed sources inside a body's name; "NFL
        // Insider Jason La Canfora" is a title before a person's.)
        if (NameSpan.startsName(p) || NameSpan.continuesName(p) && p.classes.contains(.anonymous) && t[a].classes.contains(.org))
          && t[a].spaceBefore
          && !p.isPossessive
        {
          a -= 1
        } else if p.kind == .hyphen, !p.spaceBefore, !t[a].spaceBefore, a - 2 >= floor, NameSpan.startsName(t[a - 2]) {
          // "Eva-Marie Persson"
          a -= 2
        } else if NameSpan.isAbbreviationPeriod(t, a - 1), a - 2 >= floor, NameSpan.startsName(t[a - 2]) {
          a -= 2
        } else if p.is(Words.and), a - 3 >= floor, NameSpan.startsName(t[a - 2]), t[a - 3].is(Words.of) || t[a - 3].is(Words.for) {
          // "the Department of Health and Human Services", "the Egyptian Commission for Rights and
          // Freedoms": "and" inside what "of" or "for" names.
          a -= 2
        } else if p.kind == .word && !p.isCapitalised && (p.classes.contains(.connector) || p.is(Words.on) || p.is(Words.for))
          && a - 2 >= floor
          && NameSpan.startsName(t[a - 2])
        {
          a -= 2
        } else {
          break
        }
      }
      while a < j, t[a].classes.contains(.anonymous) { a += 1 }
      let span = NameSpan(first: a, last: j)
      return SpeakerPhrase(first: a, last: j, who: resolve(span, t, &memory, bytes))
    }
    if !w.isCapitalised, Words.isBody(w.hash), let body = body(ending: j, floor: floor, t, memory, bytes) { return body }
    if !w.isCapitalised, Words.isDocument(w.hash), let issuer = issuer(ofDocumentAt: j, floor: floor, t, bytes) { return issuer }
    // "the company says" after "Big Machine says": the organisation the article named before,
    // when the phrase opens a clause ("But the company says", `"...," the agency said`), not
    // inside one ("the money that the agency says is essential").
    if !w.isCapitalised, Words.isDefiniteBody(w.hash), j - 1 >= floor, t[j - 1].is(Words.the),
      j - 1 == 0 || t[j - 2].kind != .word || t[j - 2].is(Words.but) || t[j - 2].is(Words.and),
      let body = memory.earlierBody
    {
      return SpeakerPhrase(first: j - 1, last: j, who: .name(body))
    }
    guard !w.isCapitalised || w.classes.contains(.role) || w.classes.contains(.anonymous) else { return nil }
    guard w.classes.contains(.role) || w.classes.contains(.title) || w.classes.contains(.anonymous) else { return nil }
    // Walk back over a few modifiers to the determiner: "the prime minister", "an Israeli source".
    var a = j
    while a - 1 >= floor, j - a < 4, t[a - 1].kind == .word, !t[a - 1].classes.contains(.determiner),
      !t[a - 1].classes.contains(.speech), !t[a - 1].classes.contains(.copula)
    {
      a -= 1
    }
    let determiner = a - 1 >= floor && t[a - 1].classes.contains(.determiner) ? a - 1 : nil
    let first = determiner ?? a
    // "Con Edison officials said", "Boris Johnson's spokesman said": officials or a spokesman
    // speaking for a named body or person give that name; "a Boeing spokesman" stays unnamed.
    // "Middle East observers", "Wall Street analysts": a field, not a body that speaks.
    if Words.speaksForBody(w.hash) || Words.isSpokesman(w.hash), determiner == nil,
      let body = namedBody(before: j, floor: floor, t, bytes)
    {
      return SpeakerPhrase(first: body.first, last: j, who: .name(body.name))
    }
    if w.classes.contains(.anonymous) || (determiner.map { t[$0].is(Words.a) || t[$0].is(Words.an) } ?? false) {
      return SpeakerPhrase(first: first, last: j, who: .anonymous)
    }
    guard let d = determiner, t[d].is(Words.the), let key = memory.roleKey(t, a, j) else {
      return SpeakerPhrase(first: first, last: j, who: .unknown)
    }
    if let p = memory.person(withRole: key) { return SpeakerPhrase(first: first, last: j, who: .person(p)) }
    return SpeakerPhrase(first: first, last: j, who: .unknown)
  }

  /// The phrase that starts at token `j` ("said Toner", "said the prime minister").
  static func starting(
    at j: Int, limit: Int, _ t: [Token], _ memory: inout PersonMemory, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> SpeakerPhrase? {
    guard j < limit, t[j].kind == .word || t[j].kind == .number else { return nil }
    let w = t[j]
    if w.classes.contains(.personPronoun) { return SpeakerPhrase(first: j, last: j, who: pronoun(memory)) }
    if w.classes.contains(.bodyPronoun) { return SpeakerPhrase(first: j, last: j, who: bodyPronoun(w, memory)) }
    if w.classes.contains(.firstPerson) { return SpeakerPhrase(first: j, last: j, who: .author) }
    // "said Will Tjernlund", "said Mark Hope": after the verb, a capitalised common word before a
    // name is a first name.
    let firstName = w.isCapitalised && w.classes.contains(.common) && !w.classes.contains(.determiner)
      && j + 1 < limit && NameSpan.continuesName(t[j + 1]) && NameSpan.startsName(t[j + 1])
    // "says WHO": initials that spell a common word.
    let initials = w.isAllCaps && w.classes.contains(.common) && !w.classes.contains(.firstPerson)
    if NameSpan.startsName(w) || firstName || initials {
      let last = nameEnd(t, from: j, limit: limit)
      // "Wild coach Bruce Boudreau", "State Department official David Holmes": the team, firm
      // or body, a title or role, then the person.
      var n = last + 1
      while n < limit, n - last <= 2, t[n].kind == .word, !t[n].isCapitalised, t[n].has([.title, .anonymous]) { n += 1 }
      if n > last + 1, n < limit, NameSpan.startsName(t[n]) {
        let end = NameSpan.extend(t, from: n, limit: limit)
        return SpeakerPhrase(first: j, last: end, who: resolve(NameSpan(first: n, last: end), t, &memory, bytes))
      }
      return SpeakerPhrase(first: j, last: last, who: resolve(NameSpan(first: j, last: last), t, &memory, bytes))
    }
    // "says veteran industry analyst Ken Doctor": up to three lowercase words describing the
    // speaker (no other class than a title or role word), then the name; "wrote 43-year-old
    // Martin Taylor": an age before them.
    var n = j
    if t[j].kind == .number {
      n += 1
      while n < limit, n - j < 6, !t[n].spaceBefore { n += 1 }
    }
    let described = n
    while n < limit, n - described < 3, t[n].kind == .word, !t[n].isCapitalised, t[n].classes.isSubset(of: [.title, .role]) { n += 1 }
    if n > j, n < limit, NameSpan.startsName(t[n]) {
      let last = nameEnd(t, from: n, limit: limit)
      return SpeakerPhrase(first: j, last: last, who: resolve(NameSpan(first: n, last: last), t, &memory, bytes))
    }
    guard w.classes.contains(.determiner) || w.classes.contains(.anonymous) else { return nil }
    // "said a report from Kotak Institutional Equities": the document's issuer.
    var d = j + 1
    while d < limit, d - j <= 2, t[d].kind == .word, !t[d].isCapitalised, !Words.isDocument(t[d].hash) { d += 1 }
    if d + 2 < limit, Words.isDocument(t[d].hash), t[d + 1].is(Words.from) || t[d + 1].is(Words.by), NameSpan.startsName(t[d + 2]) {
      let last = NameSpan.extend(t, from: d + 2, limit: limit)
      return SpeakerPhrase(first: j, last: last, who: resolve(NameSpan(first: d + 2, last: last), t, &memory, bytes))
    }
    var k = j
    var head: Int?
    while k < limit, k - j < 5, t[k].kind == .word {
      if t[k].classes.contains(.role) || t[k].classes.contains(.anonymous) || Words.isDefiniteBody(t[k].hash) { head = k }
      else if head != nil { break }
      k += 1
    }
    guard let h = head else { return nil }
    // "said a spokesperson for Tesco": the body the unnamed source speaks for, as in "A
    // spokesperson for Tesco said".
    if t[h].classes.contains(.anonymous) || t[j].is(Words.a) || t[j].is(Words.an), h + 2 < limit, t[h + 1].is(Words.for) {
      let name = t[h + 2].is(Words.the) ? h + 3 : h + 2
      if name < limit, NameSpan.startsName(t[name]) {
        let last = NameSpan.extend(t, from: name, limit: limit)
        return SpeakerPhrase(first: j, last: last, who: resolve(NameSpan(first: name, last: last), t, &memory, bytes))
      }
    }
    return ending(at: h, floor: j, t, &memory, bytes)
  }

  /// Where the name starting at `j` after a verb of saying ends: "said Martin Taylor of
  /// Aberdeenshire", "said Rosaly Lopes of NASA's laboratory": a person's name (two words or
  /// more, no title or organisation word) ends before "of".
  private static func nameEnd(_ t: [Token], from j: Int, limit: Int) -> Int {
    let last = NameSpan.extend(t, from: j, limit: limit)
    guard let of = (j..<last).first(where: { t[$0].kind == .word && !t[$0].isCapitalised && t[$0].classes.contains(.connector) }),
      of - j >= 2, !t[j..<of].contains(where: { $0.classes.contains(.title) || $0.classes.contains(.org) })
    else { return last }
    return of - 1
  }

  /// "the US military", "China's commerce ministry": a body named by the capitalised word
  /// that opens the phrase (without it, "the ministry" names nothing we can tell apart).
  private static func body(
    ending j: Int, floor: Int, _ t: [Token], _ memory: PersonMemory, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> SpeakerPhrase? {
    var a = j
    while a - 1 >= floor, j - a < 3, t[a - 1].kind == .word, !t[a - 1].classes.contains(.determiner),
      !t[a - 1].classes.contains(.speech), !t[a - 1].classes.contains(.copula), t[a].spaceBefore
    {
      a -= 1
    }
    // "US" is the country, not the pronoun, when it stands in capitals.
    guard a < j, t[a].isCapitalised, t[a].isAllCaps || !t[a].classes.contains(.firstPerson) else { return nil }
    let first = a - 1 >= floor && t[a - 1].classes.contains(.determiner) ? a - 1 : a
    return SpeakerPhrase(first: first, last: j, who: .name(memory.text(t, a, j, bytes)))
  }

  /// "a new ABC News poll", "the Tax Foundation study": the name right before the document
  /// noun issued it (a lowercase word or two and a determiner may open the phrase).
  private static func issuer(
    ofDocumentAt j: Int, floor: Int, _ t: [Token], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> SpeakerPhrase? {
    var a = j
    while a - 1 >= floor, j - a < NameSpan.maximumLength, NameSpan.startsName(t[a - 1]) || NameSpan.continuesName(t[a - 1]),
      !t[a - 1].isPossessive || a == j
    {
      a -= 1
    }
    guard a < j, NameSpan.startsName(t[a]) else { return nil }
    var first = a
    while first - 1 >= floor, a - first < 3, t[first - 1].kind == .word, !t[first - 1].isCapitalised || t[first - 1].has(.determiner),
      !t[first - 1].has([.speech, .speechWeak, .copula, .perfect])
    {
      first -= 1
      if t[first].has(.determiner) { break }
    }
    var end = t[j - 1].byteEnd
    if t[j - 1].isPossessive { end -= bytes[end - 2] == 39 ? 2 : 4 }
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[t[a].byteStart..<end]), as: UTF8.self)
    return SpeakerPhrase(first: first, last: j, who: .name(name))
  }

  /// The organisation named right before a role noun ("Con Edison" in "Con Edison officials"):
  /// capitalised words that are not a nationality ("Chinese officials" name no one).
  private static func namedBody(
    before a: Int, floor: Int, _ t: [Token], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (first: Int, name: String)? {
    var k = a
    while k - 1 >= floor, NameSpan.continuesName(t[k - 1]) || NameSpan.startsName(t[k - 1]), !t[k - 1].classes.contains(.title),
      a - k < 4
    {
      k -= 1
    }
    guard k < a else { return nil }
    var end = t[a - 1].byteEnd
    if t[a - 1].isPossessive { end -= bytes[end - 2] == 39 ? 2 : 4 }
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[t[k].byteStart..<end]), as: UTF8.self)
    // ("US officials", like "Chinese officials", are a country's unnamed officials.)
    if a - k == 1, isNationality(name) || t[k].isAllCaps && Words.isCountryInitials(t[k].hash) { return nil }
    return (k, name)
  }

  /// "Chinese", "Israeli", "American", "British": a people, not a body that speaks.
  static func isNationality(_ word: String) -> Bool {
    let w = word.lowercased()
    return ["ese", "ian", "an", "ish", "i", "ch"].contains { w.hasSuffix($0) } && !w.hasSuffix("ion")
  }

  private static func pronoun(_ memory: PersonMemory) -> Who {
    (memory.sentenceSubject ?? memory.antecedent).map { Who.person($0) } ?? .unknown
  }

  /// "it added", "they said": the speaker heard just before (an organisation, mostly).
  private static func bodyPronoun(_ w: Token, _ memory: PersonMemory) -> Who {
    memory.recentSpeaker(forIt: w.is(Words.it)).map { Who.name($0) } ?? .unknown
  }

  private static func resolve(
    _ span: NameSpan, _ t: [Token], _ memory: inout PersonMemory, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Who {
    switch memory.observe(span, t, bytes, asSpeaker: true) {
    case .person(let p)?: return .person(p)
    case .organisation(let name)?: return .name(name)
    case nil: return .unknown
    }
  }
}
