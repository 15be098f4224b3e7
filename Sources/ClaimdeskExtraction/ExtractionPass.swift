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
  private(set) var overCap = 0

  private var memory = PersonMemory()
  private(set) var claims: [ExtractedClaim] = []
  /// Sentences fed so far (a sentence's number in the pass is its position in the feed).
  private(set) var fed = 0
  /// The last sentence fed, whose text is the next one's context for the scorer.
  private var last: Sentence?
  // Walks the text once to map scalar offsets to byte offsets.
  private var cursorScalar = 0
  private var cursorByte = 0
  // The current paragraph.
  private var paragraph = -1
  private var work: [SentenceWork] = []
  private var runs: [(words: Int, attribution: Attribution?)] = []
  private var openRun: Int?
  private var previousParagraphSpeaker: Attribution?
  /// The speaker of "X also said:" ending the last paragraph, for the list items below it.
  private var listSpeaker: Attribution?

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
    for token in t where token.kind == .word {
      words += 1
      if token.isAllCaps { caps += 1 }
    }
    let shouting = words >= 3 && caps * 5 >= words * 3
    // "The group, WeWorkers Coalition, formed in May": the name "the group" stands for later.
    if t.count > 5, t[0].is(Words.the), Words.isDefiniteBody(t[1].hash), t[2].kind == .comma, NameSpan.startsName(t[3]) {
      let last = NameSpan.extend(t, from: 3, limit: t.count)
      if last + 1 < t.count, t[last + 1].kind == .comma { memory.heardBody(memory.text(t, 3, last, bytes)) }
    }
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
      if case .person(let p)? = referent, opensClause(t, span.first) { memory.markSubject(p) }
      w.cues.append(FoundCue(kind: .entity, first: span.first, last: span.last, value: value))
    }

    var used = Set<Int>()
    attributeQuotes(&w, &used)
    w.frame = used
    findAccording(&w)
    findReportedSpeech(&w, used)
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
    guard t.count >= 3, t.count <= 8, t[t.count - 1].kind == .period, !t.contains(where: { $0.isQuote }) else { return nil }
    let v = t.count - 2
    if t[v].has(.speech), let np = SpeakerPhrase.ending(at: v - 1, floor: 0, t, &memory, bytes), np.first == 0 || np.first == 1 && t[0].is(Words.the),
      isNamed(np)
    {
      return attribution(np, hedges: [], t)
    }
    if t[0].has(.speech), let np = SpeakerPhrase.starting(at: 1, limit: t.count - 1, t, &memory, bytes), np.last == t.count - 2,
      isNamed(np)
    {
      return attribution(np, hedges: [], t)
    }
    return nil
  }

  /// Splits the sentence's quotations into pieces, carrying an open quotation into the next
  /// sentence of the paragraph. Straight quotes open when none is open and close otherwise.
  private mutating func findQuotes(_ w: inout SentenceWork) {
    let t = w.tokens
    var pieceStart = openRun == nil ? -1 : 0
    var openMark: Int?
    for k in 0..<t.count {
      let kind = t[k].kind
      guard kind == .openQuote || kind == .closeQuote || kind == .straightQuote else { continue }
      if let r = openRun, kind != .openQuote {
        addPiece(&w, r, pieceStart, k - 1, openMark: openMark, closeMark: k)
        openRun = nil
        openMark = nil
      } else if openRun == nil, kind != .closeQuote {
        runs.append((0, nil))
        openRun = runs.count - 1
        pieceStart = k + 1
        openMark = k
      }
    }
    if let r = openRun { addPiece(&w, r, pieceStart, t.count - 1, openMark: openMark, closeMark: nil) }
  }

  private mutating func addPiece(_ w: inout SentenceWork, _ r: Int, _ first: Int, _ last: Int, openMark: Int?, closeMark: Int?) {
    var words = 0
    if first <= last { for k in first...last where w.tokens[k].kind == .word { words += 1 } }
    runs[r].words += words
    w.pieces.append(QuotePiece(run: r, first: first, last: last, openMark: openMark, closeMark: closeMark, words: words))
  }

  /// `"...," Kerry said`, `"...," said the prime minister`, `Said Toner: "..."`, `He added, "..."`.
  private mutating func attributeQuotes(_ w: inout SentenceWork, _ used: inout Set<Int>) {
    let t = w.tokens
    for piece in w.pieces {
      if let c = piece.closeMark, let a = after(t, c, &used) {
        if runs[piece.run].attribution == nil { runs[piece.run].attribution = a }
      }
      if let o = piece.openMark, let a = before(t, o, &used) {
        if runs[piece.run].attribution == nil { runs[piece.run].attribution = a }
      }
    }
  }

  private mutating func after(_ t: [Token], _ c: Int, _ used: inout Set<Int>) -> Attribution? {
    var k = c + 1
    while k < t.count, t[k].kind == .comma || t[k].kind == .dash { k += 1 }
    guard k < t.count, t[k].kind == .word else { return nil }
    if t[k].has(.speech) {
      guard let np = SpeakerPhrase.starting(at: k + 1, limit: t.count, t, &memory, bytes) else { return nil }
      used.formUnion(k...frameEnd(t, after: np.last))
      return attribution(np, hedges: [], t)
    }
    var v = k + 1
    // "Eva-Marie Persson said", "Mr. Smith said": a hyphen or an abbreviation's period inside a name.
    while v < t.count, v - k <= 8,
      t[v].kind == .word || t[v].kind == .hyphen && !t[v].spaceBefore || NameSpan.isAbbreviationPeriod(t, v),
      !t[v].has(.speech) && !t[v].has(.speechWeak)
    {
      v += 1
    }
    if v < t.count, v - k <= 8, t[v].has(.speech) || t[v].has(.speechWeak) {
      var (j, hedges) = skipAdverbs(t, v - 1, floor: k)
      j = namedAuthor(t, j, floor: k)
      // `"...," the Swedish agency said`: the phrase may open with its article.
      let opening = t[k].is(Words.the) ? k + 1 : k
      guard let np = SpeakerPhrase.ending(at: j, floor: k, t, &memory, bytes),
        np.first == k || np.first == opening || isNamed(np) && describes(t, k..<np.first)
      else { return nil }
      used.formUnion(np.first...frameEnd(t, after: v))
      return attribution(np, hedges: hedges, t)
    }
    return appositiveSpeaker(t, from: k, &used)
  }

  /// Whether the words `range` before a name only describe the speaker: `"...," lead researcher
  /// and NASA planetary scientist Lucas Paganini said`. No punctuation, no place or time phrase
  /// ("in Washington"), no verb or pronoun: `"...," but when asked, Lee said` is no description.
  private func describes(_ t: [Token], _ range: Range<Int>) -> Bool {
    for m in range {
      let w = t[m]
      guard w.kind == .word, !isPreposition(w), !w.is(Words.from), !w.is(Words.by), !w.is(Words.with),
        !w.has([.speech, .speechWeak, .copula, .perfect, .subordinator, .personPronoun, .bodyPronoun, .firstPerson, .past]),
        !w.is(Words.that), !w.is(Words.who), !w.is(Words.but)
      else { return false }
    }
    return true
  }

  /// `"...," study author Ana Ruiz, a chemist at the institute in Lyon, France, said.`: a name
  /// (after at most three lowercase words), an appositive with commas of its own, then the verb.
  private mutating func appositiveSpeaker(_ t: [Token], from k: Int, _ used: inout Set<Int>) -> Attribution? {
    var c = k
    while c < t.count, c - k <= 8, t[c].kind == .word || t[c].kind == .period { c += 1 }
    guard c < t.count, c > k, t[c].kind == .comma else { return nil }
    var v = c + 1
    // "..., a senior fellow at the center, has written.": the perfect's auxiliary after the comma.
    func closesAppositive(_ v: Int) -> Bool {
      t[v - 1].kind == .comma || t[v - 1].has(.perfect) && v >= 2 && t[v - 2].kind == .comma
    }
    func isSpeech(_ v: Int) -> Bool { t[v].has(.speech) || t[v].is(Words.written) && t[v - 1].has(.perfect) }
    while v < t.count, v - c <= 24, !t[v].isQuote, !(isSpeech(v) && closesAppositive(v)) { v += 1 }
    guard v < t.count, v - c <= 24, isSpeech(v) else { return nil }
    if t[v - 1].has(.perfect) { v -= 1 }
    // `"...," Sweden's deputy director of public prosecutions, Eva-Marie Persson, said.`: the
    // title first, the name alone between the commas.
    if v - 2 > c, let np = SpeakerPhrase.ending(at: v - 2, floor: c + 1, t, &memory, bytes), np.first == c + 1,
      case .person = np.who
    {
      used.formUnion(k...frameEnd(t, after: v))
      return attribution(np, hedges: [], t)
    }
    guard let np = SpeakerPhrase.ending(at: c - 1, floor: k, t, &memory, bytes), np.first - k <= 3, isNamed(np)
    else { return nil }
    for m in k..<np.first where t[m].kind != .word || t[m].isCapitalised { return nil }
    used.formUnion(k...frameEnd(t, after: v))
    return attribution(np, hedges: [], t)
  }

  private mutating func before(_ t: [Token], _ o: Int, _ used: inout Set<Int>) -> Attribution? {
    var k = o - 1
    if k >= 0, t[k].kind == .colon || t[k].kind == .comma { k -= 1 }
    guard k >= 0, t[k].kind == .word else { return nil }
    // `Tottenham said in a statement: "..."`, `Lee told reporters: "..."`: the verb a few words
    // before, the words between a circumstance or the one told, with the colon before the quote.
    var verb = k
    if !t[k].has(.speech), o >= 1, t[o - 1].kind == .colon {
      var v = k - 1
      while v >= 0, k - v <= 6, t[v].kind == .word, !t[v].has(.speech) { v -= 1 }
      if v >= 1, k - v <= 6, t[v].kind == .word, t[v].has(.speech),
        isPreposition(t[v + 1]) || t[v].is(Words.told) || t[v].is(Words.tells)
      {
        verb = v
      }
    }
    if t[verb].has(.speech) {
      let (j, hedges) = skipAdverbs(t, verb - 1, floor: 0)
      guard let np = SpeakerPhrase.ending(at: j, floor: 0, t, &memory, bytes) else { return nil }
      used.formUnion(np.first...k)
      return attribution(np, hedges: hedges, t)
    }
    // "said the president's “mercurial temperament”": a possessor is no speaker.
    guard !t[k].isPossessive, let np = SpeakerPhrase.ending(at: k, floor: 0, t, &memory, bytes), np.first > 0,
      t[np.first - 1].has(.speech)
    else { return nil }
    used.formUnion((np.first - 1)...np.last)
    return attribution(np, hedges: [], t)
  }

  /// Where a frame after a quotation ends: "said Phil Levy, the chief economist at Flexport" and
  /// "Gambill said to cheers from the crowd" run to the next quotation or the sentence's end.
  private func frameEnd(_ t: [Token], after k: Int) -> Int {
    var e = k
    while e + 1 < t.count, !t[e + 1].isQuote { e += 1 }
    return e
  }

  /// Steps back over "reportedly", "also", "had" between a speaker and the verb.
  private func skipAdverbs(_ t: [Token], _ from: Int, floor: Int) -> (Int, [String]) {
    var j = from
    var hedges: [String] = []
    while j >= floor, from - j < 3, t[j].kind == .word, t[j].classes.contains(.adverb) || t[j].classes.contains(.perfect) {
      if t[j].classes.contains(.hedge) { hedges.insert(lowercased(t[j]), at: 0) }
      j -= 1
    }
    return (j, hedges)
  }

  private mutating func attribution(_ np: SpeakerPhrase, hedges: [String], _ t: [Token]) -> Attribution {
    if case .person(let p) = np.who { memory.spoke(p) }
    var a = Attribution(np, hedges: hedges, memory: memory)
    // "CNBC reported that ...": a publication that carried the news is no speaker.
    if a.speaker != nil, Words.isPublication(t[np.last].baseHash) {
      a.speaker = nil
      a.person = nil
    }
    if let name = a.speaker {
      memory.heard(name)
      if case .name = np.who { memory.heardBody(name) }
    }
    return a
  }

  /// "according to the daily Ha'aretz": the named source, and where the rest of the sentence is.
  private mutating func findAccording(_ w: inout SentenceWork) {
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
  private mutating func findReportedSpeech(_ w: inout SentenceWork, _ used: Set<Int>) {
    let t = w.tokens
    for v in 0..<t.count {
      // The word's classes first: most words are no verb of saying, and `used` is a hashed set.
      guard t[v].has([.speech, .speechWeak, .speechParticiple, .speechThat]), !used.contains(v), !inPiece(w, v) else { continue }
      let thatOnly = !t[v].has([.speech, .speechWeak, .speechParticiple])
      if thatOnly {
        // "the study found that", "as iFixit points out that": only right before "that", or
        // after a named body's document ("A new ABC News poll shows ...").
        let n = v + 1 < t.count && t[v + 1].is(Words.out) ? v + 2 : v + 1
        let document = v >= 2 && Words.isDocument(t[v - 1].hash) && !t[v - 1].isCapitalised
        guard n < t.count, t[n].is(Words.that) || document else { continue }
      }
      // "the Nasdaq Composite added 20.72 points", "Clifton added a goal": a gain, not a statement.
      if t[v].is(Words.added) || t[v].is(Words.adds), v + 1 < t.count,
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
      if core, v > 0, t[v - 1].kind == .comma, let np = SpeakerPhrase.starting(at: v + 1, limit: t.count, t, &memory, bytes),
        endsSentence(t, np.last + 1) || t[np.last + 1].kind == .comma
      {
        // "..., said another witness, former adviser Ana Ruiz.": the name at the end.
        let named = !isNamed(np) && np.last + 1 < t.count && t[np.last + 1].kind == .comma ? nameEnding(t, after: np.last + 1) : nil
        w.reported = (0, v - 2, attribution(named ?? np, hedges: [], t))
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
      // "... of the Aberdeen Royal Infirmary in the UK told the tale": a place after "in" is
      // where the subject is, not the subject.
      if let found = np, isPlacePhrase(t, before: found.first) { np = nil }
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
          w.reported = (0, opening - 2, attribution(np, hedges: hedges, t))
          return
        }
      }
      var sawThat = false
      var m = v + 1
      // "told CNN in 2018 that": a year on the way to "that".
      while m < t.count, m - v <= 8, t[m].isWordOrNumber, !t[m].is(Words.that) { m += 1 }
      if m < t.count, m - v <= 8, t[m].is(Words.that) {
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
  private func namedAuthor(_ t: [Token], _ j: Int, floor: Int) -> Int {
    guard j - 3 >= floor, t[j].kind == .word, !t[j].isCapitalised, t[j - 1].has(.determiner), t[j - 2].is(Words.and),
      NameSpan.startsName(t[j - 3])
    else { return j }
    return j - 3
  }

  /// The subject of ", saying ..." at `v`: the phrase opening the sentence and followed by its
  /// verb ("Lee denied the charge, saying"), or, after a fronted adverbial, the one opening the
  /// main clause ("Hours before the game, coach Bruce Boudreau expressed confidence, saying").
  private mutating func participleSubject(_ t: [Token], before v: Int) -> SpeakerPhrase? {
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
  private mutating func nameEnding(_ t: [Token], after c: Int) -> SpeakerPhrase? {
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
  private func isNamed(_ np: SpeakerPhrase) -> Bool {
    switch np.who {
    case .person, .name: return true
    default: return false
    }
  }

  /// Whether a phrase at `first` opens the sentence's main or first clause: nothing before it,
  /// a few words with no comma and no verb ("Republican state schools Superintendent"), or a
  /// subordinator ("When Lee was asked, ...").
  private func opensClause(_ t: [Token], _ first: Int) -> Bool {
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

  /// Steps back over a time phrase between a subject and its verb: "Alden on Tuesday announced",
  /// "the company last week said".
  private func skipTime(_ t: [Token], _ j: Int) -> Int {
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
  private mutating func beforeAppositive(_ t: [Token], _ j: Int) -> SpeakerPhrase? {
    var found: SpeakerPhrase?
    var end = j
    for _ in 0..<2 {
      var c = end - 1
      while c > 0, end - c <= 20, t[c].kind != .comma { c -= 1 }
      guard c > 0, end - c <= 20, t[c].kind == .comma, c + 1 < end, t[c + 1].kind == .word,
        t[c + 1].has(.determiner) || !t[c + 1].isCapitalised || t[c + 1].isPossessive
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

  /// "R", "D" or "I" of a party and state ("R-Texas").
  private func isPartyLetter(_ t: Token) -> Bool {
    guard t.kind == .word, t.byteEnd - t.byteStart == 1 else { return false }
    let b = bytes[t.byteStart]
    return b == UInt8(ascii: "R") || b == UInt8(ascii: "D") || b == UInt8(ascii: "I")
  }

  private func isPreposition(_ t: Token) -> Bool {
    t.is(Words.in) || t.is(Words.on) || t.is(Words.at) || t.is(Words.during) || t.is(Words.to) || t.is(Words.for)
  }

  /// "... said in a statement on Wednesday.": a short prepositional tail, then the end.
  private func endsWithCircumstance(_ t: [Token], _ c: Int) -> Bool {
    guard c < t.count, isPreposition(t[c]) else { return false }
    // "... explained on an episode of their podcast "Beyond Finances."": a title may be quoted.
    var k = c + 1
    while k < t.count, k - c <= 10, t[k].isWordOrNumber || t[k].isQuote, !t[k].is(Words.that) { k += 1 }
    return k - c <= 10 && endsSentence(t, k)
  }

  /// "earlier this year", "last week", "on Monday" ending the sentence at `c`.
  private func endsWithTime(_ t: [Token], _ c: Int) -> Bool {
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

  /// Whether "in", "at", "from" or "near" (with "the") stands right before `first`: "in the UK".
  private func isPlacePhrase(_ t: [Token], before first: Int) -> Bool {
    var k = first - 1
    if k >= 0, t[k].is(Words.the) { k -= 1 }
    guard k >= 0 else { return false }
    return t[k].is(Words.in) || t[k].is(Words.at) || t[k].is(Words.from) || t[k].is(Words.near)
  }

  private func anonymousBefore(_ t: [Token], _ v: Int) -> Bool {
    for k in 0..<v where t[k].has(.anonymous) { return true }
    return false
  }

  private func endsSentence(_ t: [Token], _ k: Int) -> Bool {
    var k = k
    while k < t.count {
      switch t[k].kind {
      case .period, .exclamation, .question, .closeQuote, .straightQuote, .closeBracket: k += 1
      default: return false
      }
    }
    return true
  }

  private func inPiece(_ w: SentenceWork, _ k: Int) -> Bool {
    for p in w.pieces where k >= p.first && k <= p.last { return true }
    return false
  }

  private func lowercased(_ t: Token) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[t.byteStart..<t.byteEnd]), as: UTF8.self).lowercased()
  }

  // MARK: Claims

  /// Turns the paragraph's sentences into claims: quotations of four words or more (or
  /// attributed ones) become one claim per sentence piece; else the reported content; else the
  /// sentence. An unattributed quotation takes the speaker of the paragraph's nearest one, or of
  /// the previous paragraph when the paragraph opens with it.
  private mutating func flushParagraph() {
    defer {
      work.removeAll(keepingCapacity: true)
      runs.removeAll(keepingCapacity: true)
      openRun = nil
    }
    guard !work.isEmpty else { previousParagraphSpeaker = nil; return }
    let isListItem = paragraph >= 0 && paragraph < listItems.count && listItems[paragraph]
    if !isListItem { listSpeaker = nil }
    defer { if let introduced = introducedList(work[work.count - 1]) { listSpeaker = introduced } }
    var lastKnown: Attribution? = nil
    for r in runs.indices where runs[r].attribution != nil { lastKnown = runs[r].attribution; break }
    let opensWithQuote = work[0].pieces.first.map { $0.openMark == 0 || $0.first == 0 } ?? false
    var previous: Attribution? = opensWithQuote ? previousParagraphSpeaker : nil
    for r in runs.indices {
      if let a = runs[r].attribution { previous = a; continue }
      // A scare-quoted term ("so-called “feather lung”") is the writer's, not the last speaker's.
      if runs[r].words >= 4 { runs[r].attribution = previous ?? lastKnown }
    }
    var paragraphSpeaker: Attribution?
    for w in work {
      let speech = w.pieces.filter { p in runs[p.run].words >= 4 || (runs[p.run].attribution != nil && p.words > 0) }
      if !speech.isEmpty, let whole = wholeStatement(w) {
        // A quotation inside a sentence: the claim is the sentence's statement, said by the
        // quotation's speaker unless the sentence names its own.
        var a = whole.attribution ?? Attribution(speaker: nil, hedges: [])
        if a.speaker == nil, let quoted = speech.compactMap({ runs[$0.run].attribution }).first(where: { $0.speaker != nil }) {
          a.speaker = quoted.speaker
          a.hedges += quoted.hedges.filter { !a.hedges.contains($0) }
        }
        if let acc = w.according?.attribution {
          a.hedges += acc.hedges.filter { !a.hedges.contains($0) }
          if a.speaker == nil { a.speaker = acc.speaker }
        }
        emit(w, whole.first, whole.last, a, isQuote: true)
        if a.speaker != nil { paragraphSpeaker = a }
      } else if !speech.isEmpty {
        for p in speech {
          var a = runs[p.run].attribution ?? Attribution(speaker: nil, hedges: [])
          if let acc = w.according?.attribution {
            a.hedges += acc.hedges
            if a.speaker == nil { a.speaker = acc.speaker }
          }
          emit(w, p.first, p.last, a, isQuote: true)
          if a.speaker != nil { paragraphSpeaker = a }
        }
      } else if var r = w.reported {
        if let acc = w.according {
          r.attribution.hedges += acc.attribution.hedges
          if r.attribution.speaker == nil { r.attribution.speaker = acc.attribution.speaker }
          if acc.last < r.last && acc.last >= r.first { r.last = acc.last }
        }
        if emit(w, r.first, r.last, r.attribution, isQuote: false) {
          if r.attribution.speaker != nil { paragraphSpeaker = r.attribution }
        } else {
          emit(w, 0, w.tokens.count - 1, r.attribution, isQuote: false)
        }
        if let m = w.mainClause { emit(w, m.first, m.last, Attribution(speaker: nil, hedges: []), isQuote: false) }
      } else if let acc = w.according {
        if !emit(w, acc.first, acc.last, acc.attribution, isQuote: false) {
          emit(w, 0, w.tokens.count - 1, acc.attribution, isQuote: false)
        }
        if acc.attribution.speaker != nil { paragraphSpeaker = acc.attribution }
      } else {
        let inline = w.pieces.contains { $0.words >= 4 }
        emit(w, 0, w.tokens.count - 1, (isListItem ? listSpeaker : nil) ?? Attribution(speaker: nil, hedges: []), isQuote: inline)
      }
    }
    previousParagraphSpeaker = paragraphSpeaker
  }

  /// "Delgado also said:" ending a paragraph: whoever speaks there speaks the list below.
  private mutating func introducedList(_ w: SentenceWork) -> Attribution? {
    let t = w.tokens
    guard t.count >= 3, t[t.count - 1].kind == .colon, t[t.count - 2].has(.speech) else { return nil }
    let (j, hedges) = skipAdverbs(t, t.count - 3, floor: 0)
    guard let np = SpeakerPhrase.ending(at: j, floor: 0, t, &memory, bytes) else { return nil }
    let a = attribution(np, hedges: hedges, t)
    return a.speaker == nil ? nil : a
  }

  /// When the sentence says more than its quotations and their frames (three words or more
  /// outside both), the span of its whole statement: the reported content when there is one,
  /// else the sentence less a frame at either end. Nil when the quotations are the statement.
  private func wholeStatement(_ w: SentenceWork) -> (first: Int, last: Int, attribution: Attribution?)? {
    let t = w.tokens
    var outside = 0
    var k = 0
    var p = 0
    while k < t.count {
      while p < w.pieces.count, w.pieces[p].last < k { p += 1 }
      if p < w.pieces.count, k >= w.pieces[p].first, k <= w.pieces[p].last {
        k = w.pieces[p].last + 1
        continue
      }
      if t[k].isWordOrNumber, !w.frame.contains(k) { outside += 1 }
      k += 1
    }
    guard outside >= 3 else { return nil }
    if let r = w.reported { return (r.first, r.last, r.attribution) }
    var first = 0
    var last = t.count - 1
    while first < last, w.frame.contains(first) || t[first].kind == .comma || t[first].kind == .colon { first += 1 }
    while last > first, w.frame.contains(last) || isTrimmed(t[last].kind) { last -= 1 }
    return (first, last, nil)
  }

  @discardableResult
  private mutating func emit(_ w: SentenceWork, _ first: Int, _ last: Int, _ a: Attribution, isQuote: Bool) -> Bool {
    let t = w.tokens
    var f = max(0, first)
    var l = min(last, t.count - 1)
    while f <= l, isTrimmed(t[f].kind) { f += 1 }
    while l >= f, isTrimmed(t[l].kind) { l -= 1 }
    guard f <= l else { return false }
    var cueFrom = w.cues.startIndex
    while cueFrom < w.cues.endIndex, w.cues[cueFrom].first < f { cueFrom += 1 }
    var cueTo = cueFrom
    while cueTo < w.cues.endIndex, w.cues[cueTo].first <= l { cueTo += 1 }
    // Cues that start inside the claim almost always end inside it: copy only when one does not.
    var inside = w.cues[cueFrom..<cueTo]
    if inside.contains(where: { $0.last > l }) { inside = ArraySlice(inside.filter { $0.last <= l }) }
    let verdict = ClaimRules.judge(t, f, l, cues: inside, isQuote: isQuote)
    guard verdict.words >= 3 else { return false }

    var hedges: [String] = []
    for k in f...l where t[k].kind == .word && (t[k].classes.contains(.hedge) || (t[k].classes.contains(.modal) && !t[k].isCapitalised)) {
      let h = lowercased(t[k])
      if !hedges.contains(h) { hedges.append(h) }
    }
    for h in a.hedges where !hedges.contains(h) { hedges.append(h) }

    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[t[f].byteStart..<t[l].byteEnd]), as: UTF8.self)
    let model = scorer.score(text, previous: w.previous)
    var kinds: [ClaimKind] = []
    for kind in ClaimKind.allCases where verdict.kinds.contains(kind) { kinds.append(kind) }
    let cues = inside.map { c in
      ClaimCue(
        kind: c.kind,
        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[t[c.first].byteStart..<t[c.last].byteEnd]), as: UTF8.self),
        start: t[c.first].start, end: t[c.last].end, value: c.value)
    }
    let score = adjust ? ClaimRules.score(model: model, verdict) : min(max(model.isNaN ? 0 : model, 0), 1)
    guard score >= minimumScore else { return true }
    guard claims.count < maxClaims else { overCap += 1; return true }
    claims.append(
      ExtractedClaim(
        text: text, sentenceIndex: w.index, start: t[f].start, end: t[l].end,
        sentenceStart: w.start, sentenceEnd: w.end, kinds: kinds, speaker: a.speaker,
        hedges: hedges, cues: cues, suggestedSources: sources(w.given), score: score))
    return true
  }

  private func isTrimmed(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .comma, .period, .colon, .semicolon, .dash, .hyphen, .other: return true
    default: return false
    }
  }

  /// Links that stand inside the sentence (binary search in the sorted links).
  private func sources(_ s: Range<Int>) -> [String] {
    var lo = 0
    var hi = links.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if links[mid].start < s.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    var urls: [String] = []
    while lo < links.count, links[lo].start < s.upperBound {
      if links[lo].end <= s.upperBound, !urls.contains(links[lo].url) { urls.append(links[lo].url) }
      lo += 1
    }
    return urls
  }
}
