/// The people a document has introduced so far, so that "Toner", "he" and "the prime minister"
/// resolve to "Mark Toner" and "Benjamin Netanyahu". Fed sentence by sentence, in order.
struct PersonMemory {
  struct Person {
    var name: String
    /// Introduced with a title or seen as a speaker: safe as a pronoun's antecedent.
    var confident: Bool
    /// The name has two words or more ("Michael Webb"), so "Webb" alone names a person.
    var isFullName = false
    /// The sentence (counted by `endSentence`) that introduced the person.
    var introduced = 0
  }

  private(set) var people: [Person] = []
  private var byName: [UInt64: Int] = [:]
  private var byPart: [UInt64: Int] = [:]
  private var byRole: [UInt64: Int] = [:]
  /// Whom "he" or "she" refers to now: the last sentence's speaker, else its first person.
  private(set) var antecedent: Int?
  private var sentenceSpeaker: Int?
  private var sentenceFirstPerson: Int?
  /// The person opening the current sentence ("When Lee was asked, he said"): "he" or "she"
  /// later in the same sentence is that person.
  private(set) var sentenceSubject: Int?
  /// The last speaker named by the text itself, and the sentence it spoke in: "it added" and
  /// "they said" a sentence or two later are that body.
  private(set) var lastSpeaker: (name: String, sentence: Int, isPerson: Bool)?
  private var sentences = 0
  /// Names' initials ("DEA" for the Drug Enforcement Administration), by hash: the name's byte
  /// range in the document, made a string only when the initials are met.
  private var initials: [UInt64: Range<Int>] = [:]
  /// The organisation last named (with an organisation word or a legal suffix, or as a
  /// speaker), and the one named last before the current sentence: "the company says" refers to
  /// a body the article named earlier, not to one named later in the same sentence.
  private var lastBody: String?
  private(set) var earlierBody: String?

  /// What a name span names.
  enum Referent {
    case person(Int)
    case organisation(String)
  }

  /// Reads a name span: registers a titled person ("Israeli Prime Minister Benjamin Netanyahu"
  /// -> "Benjamin Netanyahu", roles "prime minister", "minister"), recognises a known person by
  /// a part of the name ("Netanyahu's"), or returns the text as an organisation or a new name.
  mutating func observe(_ span: NameSpan, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, asSpeaker: Bool) -> Referent? {
    if span.first == span.last, tokens[span.last].isAllCaps, byName[tokens[span.last].baseHash] == nil,
      let range = initials[tokens[span.last].baseHash]
    {
      return .organisation(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }
    // "McClatchy Co.": a company, named without its legal suffix.
    if span.last > span.first, Words.isLegalSuffix(tokens[span.last].baseHash) {
      let name = text(tokens, span.first, span.last - 1, bytes)
      lastBody = name
      return .organisation(name)
    }
    if let person = Self.personBeforeOf(span, tokens) {
      return observe(person, tokens, bytes, asSpeaker: asSpeaker)
    }
    var lastTitle = -1
    var hasOrg = false
    for k in span.first...span.last {
      let c = tokens[k].classes
      if c.contains(.org) { hasOrg = true; lastTitle = k }
      else if c.contains(.title) || (c.contains(.connector) && !tokens[k].isCapitalised) { lastTitle = k }
    }
    if hasOrg, span.last > span.first { registerInitials(tokens, span.first, span.last, bytes) }
    var nameFirst = lastTitle < 0 ? span.first : lastTitle + 1
    // "Mr. Reeves": the title's period is no part of the name.
    while nameFirst <= span.last, tokens[nameFirst].kind != .word { nameFirst += 1 }
    nameFirst = Self.personStart(tokens, span, from: nameFirst)
    if nameFirst > span.last {
      // Only titles and organisation words: "State Department", "the Prime Minister".
      if !hasOrg, let role = roleKey(tokens, span.first, span.last), let p = byRole[role] {
        mention(p)
        return .person(p)
      }
      return organisation(tokens, span, bytes, named: hasOrg)
    }
    let titled = lastTitle >= 0 && tokens[lastTitle].classes.contains(.title) && !tokens[lastTitle].classes.contains(.org)
    let (key, words) = Self.nameKey(tokens, nameFirst, span.last)
    if let p = byName[key] ?? (words == 1 ? byPart[tokens[span.last].baseHash] : nil) {
      if titled { registerRoles(tokens, span.first, lastTitle, p) }
      // A full name met again by its last word alone ("Webb" after "Michael Webb") is a person's.
      if asSpeaker || (words == 1 && people[p].isFullName && byName[key] == nil) { people[p].confident = true }
      mention(p)
      return .person(p)
    }
    if hasOrg && !titled { return organisation(tokens, span, bytes, named: true) }
    // "Hosting Cook at Dreamforce": a gerund opening the sentence before a person already known
    // is no first name.
    if span.first == 0, nameFirst == 0, words >= 2, Self.isGerund(tokens[0], bytes), let p = knownPerson(tokens, from: 1, to: span.last) {
      mention(p)
      return .person(p)
    }
    // "NASA said", "says WHO": a lone word in capitals is a body's initials; people are not
    // called so in running text, and "he" must never find NASA. Nor is a heading or a product
    // in capitals a person ("VOLKSWAGEN ID" made "Volkswagen says" a person's words).
    if !titled, (nameFirst...span.last).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isAllCaps }) {
      return .organisation(text(tokens, nameFirst, span.last, bytes))
    }
    // "US Federal Reserve", "UK Treasury": a country's or a union's initials open a body's name,
    // never a person's ("he" had found "Federal Reserve").
    if !titled, words >= 2, tokens[nameFirst].isAllCaps, Words.isCountryInitials(tokens[nameFirst].hash) {
      lastBody = text(tokens, nameFirst, span.last, bytes)
      return .organisation(text(tokens, nameFirst, span.last, bytes))
    }
    // "NASA's search": a body's initials in the possessive, a body "the agency" may mean later
    // (a time zone or a heading in capitals never takes an "'s").
    if !titled, words == 1, tokens[span.last].isPossessive {
      let name = text(tokens, span.last, span.last, bytes)
      if name.utf8.count >= 3, name.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
        lastBody = name
        return .organisation(name)
      }
    }
    // "WeWork", "YouTube", "PayPal": one word with a capital inside is a firm's name, not a
    // person's ("McDonald", "DeVos", "LeBron" are people's).
    if !titled, words == 1, Self.isCamelCaseFirm(bytes[tokens[span.last].byteStart..<tokens[span.last].byteEnd]) {
      // (Not yet "the company": a product may be named so, "AppleSkin"; acting makes it one.)
      return .organisation(text(tokens, span.last, span.last, bytes))
    }
    // A single unknown word is a person only when titled or speaking ("said Toner").
    guard titled || words >= 2 || asSpeaker else { return nil }
    guard words <= 4 else { return .organisation(text(tokens, span.first, span.last, bytes)) }
    let p = people.count
    people.append(
      Person(name: text(tokens, nameFirst, span.last, bytes), confident: titled || asSpeaker, isFullName: words >= 2, introduced: sentences))
    byName[key] = p
    for k in nameFirst...span.last where tokens[k].kind == .word && byPart[tokens[k].baseHash] == nil {
      byPart[tokens[k].baseHash] = p
    }
    byPart[tokens[span.last].baseHash] = p
    if titled { registerRoles(tokens, span.first, lastTitle, p) }
    mention(p)
    return .person(p)
  }

  /// Where a person's name starts inside a span that opens with something else: after a place
  /// that a role was sent "to" ("ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt
  /// Volker"), after a short word in capitals ("Browns DL Sheldon Richardson"); the name keeps
  /// its last two words. After the body a title is "of" ("Director of National Intelligence Dan
  /// Coats", "Deputy Director of Public Prosecution Eva-Marie Persson"), too, a hyphenated name
  /// counting as one word.
  private static func personStart(_ tokens: [Token], _ span: NameSpan, from first: Int) -> Int {
    guard span.last - first >= 2, tokens[span.last - 1].kind == .word || tokens[span.last - 1].kind == .hyphen else { return first }
    if first > span.first, tokens[first - 1].is(Words.of) {
      func unitStart(_ end: Int) -> Int {
        var k = end
        while k - 2 >= first, tokens[k - 1].kind == .hyphen, !tokens[k - 1].spaceBefore, !tokens[k].spaceBefore { k -= 2 }
        return k
      }
      let lastStart = unitStart(span.last)
      if lastStart - 1 > first, tokens[lastStart - 1].kind == .word { return unitStart(lastStart - 1) }
      return first
    }
    guard tokens[span.last - 1].kind == .word else { return first }
    let k = NameSpan.wordBefore(tokens, span.first)
    if first == span.first, k >= 1, tokens[k].is(Words.to), tokens[k - 1].has([.title, .role]) { return span.last - 1 }
    // ("US Geological Survey": initials opening the span are part of the name.)
    for m in first..<(span.last - 1) where m > span.first && tokens[m].isAllCaps && tokens[m].byteEnd - tokens[m].byteStart <= 3 {
      return m + 1
    }
    return first
  }

  /// Two capitals, the second after the second letter ("PanARMENIAN" is a heading's shout), not
  /// after a surname's prefix ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz").
  /// Read on the word's bytes: it runs for every unknown one-word name.
  static func isCamelCaseFirm<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
    func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    let letters = Array(word)
    guard letters.count >= 4, isUpper(letters[0]), letters.allSatisfy(isLetter), letters.filter(isUpper).count == 2,
      let inner = letters.indices.dropFirst(2).first(where: { isUpper(letters[$0]) })
    else { return false }
    return !surnamePrefixes.contains(String(decoding: letters[..<inner], as: UTF8.self))
  }

  private static let surnamePrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"]

  /// The key `byName` files a name under (its words' hashes combined), and its number of words.
  private static func nameKey(_ tokens: [Token], _ first: Int, _ last: Int) -> (key: UInt64, words: Int) {
    var key: UInt64 = 0
    var words = 0
    for k in first...last where tokens[k].kind == .word {
      key = WordHash.combine(key, tokens[k].baseHash)
      words += 1
    }
    return (key, words)
  }

  /// A word of five letters or more ending in "ing": "Hosting", "Praising".
  private static func isGerund(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    t.byteEnd - t.byteStart >= 5 && bytes[t.byteEnd - 3] == UInt8(ascii: "i") && bytes[t.byteEnd - 2] == UInt8(ascii: "n")
      && bytes[t.byteEnd - 1] == UInt8(ascii: "g")
  }

  /// The person the words first...last name, when already known: by the whole name, or by one
  /// word that is part of a full name.
  private func knownPerson(_ tokens: [Token], from first: Int, to last: Int) -> Int? {
    let (key, words) = Self.nameKey(tokens, first, last)
    if let p = byName[key] { return p }
    guard words == 1, let p = byPart[tokens[last].baseHash], people[p].isFullName else { return nil }
    return p
  }

  /// An organisation's name; one of two words or more with an organisation word (not a
  /// publication's) becomes the body "the company" or "the agency" may refer to ("the House"
  /// or "the Senate" alone is a chamber, rarely what "the agency" means).
  private mutating func organisation(_ tokens: [Token], _ span: NameSpan, _ bytes: UnsafeBufferPointer<UInt8>, named: Bool) -> Referent {
    let name = text(tokens, span.first, span.last, bytes)
    if named, span.last > span.first, !Words.isPublication(tokens[span.last].baseHash) { lastBody = name }
    return .organisation(name)
  }

  /// Whether the person was first named in the current sentence.
  func isNew(_ p: Int) -> Bool { people[p].introduced == sentences }

  /// Records an organisation the text gives as a speaker.
  mutating func heardBody(_ name: String) {
    lastBody = name
  }

  /// The person last introduced with this role ("prime minister", "spokesman").
  func person(withRole key: UInt64) -> Int? { byRole[key] }

  /// Initials the text defines for the name at `range` ("the Centre for Disease Control (CDC)"),
  /// whatever letters the name has.
  mutating func defineInitials(_ hash: UInt64, as range: Range<Int>) { initials[hash] = range }

  /// "Drug Enforcement Administration" gives "DEA" (connectors like "of" left out, as acronyms
  /// usually do); the first name with those initials keeps them. Only names with an
  /// organisation word: people are not called by their initials in news text.
  private mutating func registerInitials(_ tokens: [Token], _ first: Int, _ last: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
    var h = WordHash.seed
    var letters = 0
    for k in first...last where tokens[k].kind == .word && tokens[k].isCapitalised {
      h = WordHash.mix(h, bytes[tokens[k].byteStart])
      letters += 1
    }
    guard letters >= 2, initials[h] == nil else { return }
    var end = tokens[last].byteEnd
    if tokens[last].isPossessive { end -= bytes[end - 2] == 39 ? 2 : 4 }
    initials[h] = tokens[first].byteStart..<end
  }

  /// Marks the person opening the current sentence.
  mutating func markSubject(_ p: Int) {
    if sentenceSubject == nil { sentenceSubject = p }
  }

  /// A sentence opening with "He" or "She" goes on about the person the last one was about:
  /// "He then referred to Cooke's testimony" leaves "he" in the next sentence the same man, not
  /// Cooke.
  mutating func continueSubject() {
    if let p = antecedent { markSubject(p) }
  }

  /// Records a speaker the text names, for "it" and "they" soon after.
  mutating func heard(_ name: String, isPerson: Bool) {
    lastSpeaker = (name, sentences, isPerson)
  }

  /// The speaker "it" or "they" refers to: one heard in this sentence or the two before; "it"
  /// is never a person ("It shows that ..." after Modi spoke is the study, not Modi).
  func recentSpeaker(forIt: Bool) -> String? {
    guard let s = lastSpeaker, sentences - s.sentence <= 2, !(forIt && s.isPerson) else { return nil }
    return s.name
  }

  /// Marks the speaker of the current sentence (a quote's or reported speech's).
  mutating func spoke(_ p: Int) {
    people[p].confident = true
    sentenceSpeaker = p
  }

  /// Ends a sentence: its speaker, else its first confident person, becomes the antecedent.
  mutating func endSentence() {
    if let p = sentenceSpeaker ?? sentenceSubject ?? sentenceFirstPerson { antecedent = p }
    sentenceSpeaker = nil
    sentenceFirstPerson = nil
    sentenceSubject = nil
    earlierBody = lastBody
    sentences += 1
  }

  private mutating func mention(_ p: Int) {
    if sentenceFirstPerson == nil && people[p].confident { sentenceFirstPerson = p }
  }

  /// Roles are the title words in order, skipping connectors; registers each word and each pair.
  mutating func registerRoles(_ tokens: [Token], _ first: Int, _ last: Int, _ p: Int, replacing: Bool = true) {
    var previous: UInt64 = 0
    for k in first...last where tokens[k].classes.contains(.title) {
      let h = tokens[k].baseHash
      if replacing || byRole[h] == nil { byRole[h] = p }
      if previous != 0, replacing || byRole[WordHash.combine(previous, h)] == nil { byRole[WordHash.combine(previous, h)] = p }
      previous = h
    }
  }

  /// The key of a role phrase: its last title word, with the one before when it is a title too.
  func roleKey(_ tokens: [Token], _ first: Int, _ last: Int) -> UInt64? {
    var words: [UInt64] = []
    for k in first...last where tokens[k].classes.contains(.title) || tokens[k].classes.contains(.role) {
      words.append(tokens[k].baseHash)
    }
    guard let tail = words.last else { return nil }
    if words.count >= 2 {
      let pair = WordHash.combine(words[words.count - 2], tail)
      if byRole[pair] != nil { return pair }
    }
    return tail
  }

  /// The document text of tokens first...last, without a final possessive "'s".
  func text(_ tokens: [Token], _ first: Int, _ last: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var end = tokens[last].byteEnd
    if tokens[last].isPossessive { end -= bytes[end - 2] == 39 ? 2 : 4 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].byteStart..<end]), as: UTF8.self)
  }
}
