import ClaimdeskText
/// One run of the extractor over a document: tokenises each sentence, tracks quotations across
/// the sentences of a paragraph (reset at each paragraph, so an unbalanced quote cannot swallow
/// the document), finds attributions and cues, and turns each paragraph into claims when it ends.
struct ExtractionPass {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Per paragraph: true when its sentences give no claims (furniture, headings).
  let skipped: [Bool]
  /// Per paragraph: true for a list item, whose statements "X also said:" above may introduce.
  let listItems: [Bool]
  let links: [DocumentLink]
  let scanner: CueScanner
  let scorer: any CheckWorthinessScoring
  /// Whether the rules shift the scorer's score (see `ClaimExtractor.rulesAdjustScore`).
  let adjust: Bool
  /// Sentences longer than this (in scalars) are not prose: never tokenised, no claim.
  var maxSentenceLength = Int.max
  /// Claims scoring below this are not kept (nor counted against `maxClaims`).
  var minimumScore = -Double.infinity
  /// Claims kept at most, in document order; the rest scoring `minimumScore` are counted.
  var maxClaims = Int.max
  /// Claims found beyond `maxClaims`.
  var overCap = 0

  var memory = PersonMemory()
  var claims: [ExtractedClaim] = []
  /// Sentences fed so far (a sentence's number in the pass is its position in the feed).
  var fed = 0
  /// The last sentence fed, whose text is the next one's context for the scorer.
  var last: Sentence?
  // Walks the text once to map scalar offsets to byte offsets.
  var cursorScalar = 0
  var cursorByte = 0
  // The current paragraph.
  var paragraph = -1
  var work: [SentenceWork] = []
  var runs: [(words: Int, attribution: Attribution?)] = []
  var openRun: Int?
  var previousParagraphSpeaker: Attribution?
  /// The speaker of "X also said:" ending the last paragraph, for the list items below it.
  var listSpeaker: Attribution?
  /// The first person named as an author of a study ("study lead author Lucas Paganini").
  var studyAuthor: Int?
  /// The claims citing a study without naming its author, by their index in `claims`.
  var citingStudy: [Int] = []
  /// Who issued the statement the article last mentioned ("the statement read").
  var statementIssuer: String?

  init(
    bytes: UnsafeBufferPointer<UInt8>, skipped: [Bool] = [], listItems: [Bool] = [], links: [DocumentLink], scanner: CueScanner,
    scorer: any CheckWorthinessScoring, adjust: Bool = true
  ) {
    self.adjust = adjust
    self.bytes = bytes
    self.skipped = skipped
    self.listItems = listItems
    self.links = links.sorted { $0.start < $1.start }
    self.scanner = scanner
    self.scorer = scorer
  }

  /// Takes the next sentences, in document order. A paragraph's claims are made when the next
  /// paragraph begins (or at `finish`), or every `window` sentences of a paragraph that long.
  mutating func feed<Sentences: Sequence<Sentence>>(_ sentences: Sentences) {
    for s in sentences {
      let i = fed
      let previous = last
      fed += 1
      last = s
      if s.paragraph >= 0, s.paragraph < skipped.count, skipped[s.paragraph] { continue }
      if s.end - s.start > maxSentenceLength { continue }
      if s.paragraph != paragraph || work.count >= Self.window { flushParagraph(); paragraph = s.paragraph }
      analyse(i, s, after: previous)
    }
  }

  /// Makes the claims of the last paragraph; returns them all.
  mutating func finish() -> [ExtractedClaim] {
    flushParagraph()
    nameStudyAuthors()
    return claims
  }

  /// The first sentence (by its number in the feed) whose claims are not made yet.
  var pendingFrom: Int { work.first?.index ?? fed }

  /// The most sentences of one paragraph held at once: a paragraph of 10,000 sentences is no
  /// prose (a dump or a list run together); its claims are made a window at a time, so memory
  /// stays bounded, and a quotation's speaker is sought within the window.
  static let window = 10_000

  // MARK: Offsets

  /// The byte offset of scalar `target` (clamped to the text). Linear over sentences in order.
  private mutating func byteOffset(ofScalar target: Int) -> Int {
    if target < cursorScalar { cursorScalar = 0; cursorByte = 0 }
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    while cursorScalar < target, cursorByte < bytes.count {
      // Eight ASCII bytes are eight scalars: most of the text goes by a word at a time.
      if cursorScalar + 8 <= target, cursorByte + 8 <= bytes.count,
        raw.loadUnaligned(fromByteOffset: cursorByte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        cursorByte += 8
        cursorScalar += 8
        continue
      }
      cursorByte += 1
      while cursorByte < bytes.count, bytes[cursorByte] & 0xC0 == 0x80 { cursorByte += 1 }
      cursorScalar += 1
    }
    return cursorByte
  }

  // MARK: One sentence

  private mutating func analyse(_ index: Int, _ s: Sentence, after previous: Sentence?) {
    let start = max(0, s.start)
    let from = byteOffset(ofScalar: start)
    let scalarFrom = cursorScalar
    let to = byteOffset(ofScalar: max(start, s.end))
    var w = SentenceWork(index: index, tokens: [])
    w.given = s.start..<max(s.start, s.end)
    w.previous = previous.flatMap { $0.end - $0.start > maxSentenceLength ? nil : $0.text }
    w.start = scalarFrom
    w.end = cursorScalar
    w.tokens.reserveCapacity((to - from) / 4)
    Tokenizer.tokenize(bytes, from: from, to: to, scalarStart: scalarFrom, into: &w.tokens)
    let t = w.tokens
    // `“..., right?” Sanborn said.`: the segmenter ends the sentence at "?”", so the frame
    // stands alone; it names the speaker of the quotation that closed the sentence before.
    if openRun == nil, let r = runs.indices.last, runs[r].attribution == nil, let a = bareFrame(t) {
      runs[r].attribution = a
      memory.endSentence()
      return
    }
    findQuotes(&w)

    var words = 0
    var caps = 0
    var brackets = false
    for token in t {
      if token.kind == .openBracket { brackets = true }
      guard token.kind == .word else { continue }
      words += 1
      if token.isAllCaps { caps += 1 }
    }
    if brackets { noteDefinedInitials(t) }
    let shouting = words >= 3 && caps * 5 >= words * 3
    // "The group, WeWorkers Coalition, formed in May": the name "the group" stands for later.
    if t.count > 5, t[0].is(Words.the), Words.isDefiniteBody(t[1].hash), t[2].kind == .comma, NameSpan.startsName(t[3]) {
      let last = NameSpan.extend(t, from: 3, limit: t.count)
      if last + 1 < t.count, t[last + 1].kind == .comma { memory.heardBody(memory.text(t, 3, last, bytes)) }
    }
    if let first = t.first, first.isCapitalised, first.has(.personPronoun) { memory.continueSubject() }
    let names = NameSpan.find(in: t, range: 0..<t.count, shouting: shouting)
    for span in names {
      var value: String?
      var referent = memory.observe(span, t, bytes, asSpeaker: false)
      if case .person(let p)? = referent { value = memory.people[p].name }
      // A lone capitalised word opening the sentence ("Advancing ...") is no name unless known.
      // "Tommy — who goes by his first name — retired": a name followed by "who" is a person's.
      if referent == nil, span.last + 2 < t.count, t[span.last + 1].kind == .comma || t[span.last + 1].kind == .dash,
        t[span.last + 2].is(Words.who)
      {
        referent = memory.observe(span, t, bytes, asSpeaker: true)
      }
      if referent == nil && span.first == span.last && !t[0..<span.first].contains(where: { $0.isWordOrNumber }) { continue }
      if case .person(let p)? = referent {
        if opensClause(t, span.first) { memory.markSubject(p) }
        noteAppositiveRole(t, span, p)
      }
      // "WeWork cut 2,400 jobs": a firm named in one word that acts is the company "the company"
      // may mean later (a product so named, "AppleSkin", is no subject).
      if case .organisation(let name)? = referent, span.first == span.last, opensClause(t, span.first),
        PersonMemory.isCamelCaseFirm(bytes[t[span.first].byteStart..<t[span.first].byteEnd])
      {
        memory.heardBody(name)
      }
      if studyAuthor == nil, case .person(let p)? = referent, authorsStudy(t, span) { studyAuthor = p }
      w.cues.append(FoundCue(kind: .entity, first: span.first, last: span.last, value: value))
    }

    var used = Set<Int>()
    attributeQuotes(&w, &used)
    w.frame = used
    findAccording(&w)
    findReportedSpeech(&w, used)
    noteStatementIssuer(w)
    // `Lee told reporters that the plan "was never costed. We said so."`: a quotation opening
    // inside reported content is the reported speaker's, in this sentence and the next (a
    // scare-quoted phrase of a few words stays the writer's: no quotation).
    if let r = w.reported, r.attribution.speaker != nil {
      for piece in w.pieces where piece.openMark.map({ $0 >= r.first }) ?? false && runs[piece.run].attribution == nil
        && (piece.closeMark == nil || piece.words >= 4)
      {
        runs[piece.run].attribution = r.attribution
      }
    }
    var found: [FoundCue] = []
    scanner.scan(t, into: &found)
    w.cues.append(contentsOf: found)
    w.cues.sort { $0.first < $1.first }
    memory.endSentence()
    work.append(w)
  }

  /// The speaker of a sentence that is only a frame: "Sanborn said.", "said Jeff Sanborn.",
  /// "the mayor added." (at most six words, no quotation).
  private mutating func bareFrame(_ t: [Token]) -> Attribution? {
    guard t.count >= 3, t[t.count - 1].kind == .period, !t.contains(where: { $0.isQuote }) else { return nil }
    // "He Jianxiong, the former director, said at a Nov. 6 event in Washington.": the verb,
    // then nothing or a circumstance; before it the name, or the name and its appositive.
    if let v = t.firstIndex(where: { $0.has(.speech) }), v >= 1, v + 2 == t.count || endsFrame(t, v + 1),
      !t[0..<v].contains(where: { $0.has([.speechWeak, .copula, .perfect]) && !$0.isCapitalised })
    {
      var np = SpeakerPhrase.ending(at: v - 1, floor: 0, t, &memory, bytes)
      if np == nil, v >= 3, t[v - 1].kind == .comma { np = beforeAppositive(t, v - 1) }
      // ("He Jianxiong": a surname that is also a pronoun opens the name.)
      if let np, np.first == 0 || np.first == 1 && (t[0].is(Words.the) || t[0].isCapitalised), isNamed(np) {
        return attribution(np, hedges: [], t)
      }
    }
    guard t.count <= 8 else { return nil }
    if t[0].has(.speech), let np = SpeakerPhrase.starting(at: 1, limit: t.count - 1, t, &memory, bytes), np.last == t.count - 2,
      isNamed(np)
    {
      return attribution(np, hedges: [], t)
    }
    return nil
  }
}
