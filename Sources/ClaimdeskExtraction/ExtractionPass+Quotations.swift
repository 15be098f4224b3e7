import ClaimdeskText

/// Quotations: their pieces across a paragraph's sentences, and the frames around them that
/// name their speakers ("...," Kerry said; said Toner: "...").
extension ExtractionPass {
  /// Splits the sentence's quotations into pieces, carrying an open quotation into the next
  /// sentence of the paragraph. Straight quotes open when none is open and close otherwise.
  mutating func findQuotes(_ w: inout SentenceWork) {
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

  mutating func addPiece(_ w: inout SentenceWork, _ r: Int, _ first: Int, _ last: Int, openMark: Int?, closeMark: Int?) {
    var words = 0
    if first <= last { for k in first...last where w.tokens[k].kind == .word { words += 1 } }
    runs[r].words += words
    w.pieces.append(QuotePiece(run: r, first: first, last: last, openMark: openMark, closeMark: closeMark, words: words))
  }

  /// `"...," Kerry said`, `"...," said the prime minister`, `Said Toner: "..."`, `He added, "..."`.
  mutating func attributeQuotes(_ w: inout SentenceWork, _ used: inout Set<Int>) {
    let t = w.tokens
    for piece in w.pieces {
      // `For "best performance", Google recommends wiring ...`: after a scare-quoted term, a
      // frame running on to the sentence's end is the sentence itself, not a frame.
      if let c = piece.closeMark, piece.words >= 4 || frameEnd(t, after: c) - c <= 10, let a = after(t, c, &used) {
        if runs[piece.run].attribution == nil { runs[piece.run].attribution = a }
      }
      if let o = piece.openMark, let a = before(t, o, &used) {
        if runs[piece.run].attribution == nil { runs[piece.run].attribution = a }
      }
    }
  }

  mutating func after(_ t: [Token], _ c: Int, _ used: inout Set<Int>) -> Attribution? {
    var k = c + 1
    while k < t.count, t[k].kind == .comma || t[k].kind == .dash { k += 1 }
    guard k < t.count, t[k].kind == .word else { return nil }
    if isStatementFrame(t, k) {
      used.formUnion(k...(k + 2))
      return Attribution(speaker: statementIssuer, hedges: [])
    }
    if t[k].has(.speech) || isFrameVerb(t[k]) {
      guard let np = SpeakerPhrase.starting(at: k + 1, limit: t.count, t, &memory, bytes) else { return nil }
      used.formUnion(k...frameEnd(t, after: np.last))
      return attribution(outside(np, t), hedges: [], t)
    }
    var v = k + 1
    // "Eva-Marie Persson said", "Mr. Smith said": a hyphen or an abbreviation's period inside a name.
    while v < t.count, v - k <= 8,
      t[v].kind == .word || t[v].kind == .hyphen && !t[v].spaceBefore || NameSpan.isAbbreviationPeriod(t, v),
      !t[v].has(.speech) && !t[v].has(.speechWeak) && !isFrameVerb(t[v])
    {
      v += 1
    }
    if v < t.count, v - k <= 8, t[v].has(.speech) || t[v].has(.speechWeak) || isFrameVerb(t[v]) {
      var (j, hedges) = skipAdverbs(t, v - 1, floor: k)
      j = namedAuthor(t, j, floor: k)
      // `"...," the Swedish agency said`: the phrase may open with its article.
      let opening = t[k].is(Words.the) ? k + 1 : k
      guard let np = SpeakerPhrase.ending(at: j, floor: k, t, &memory, bytes),
        np.first == k || np.first == opening || isNamed(np) && describes(t, k..<np.first)
      else { return nil }
      // The describing words belong to the frame too: the claim is the quotation alone.
      used.formUnion(k...frameEnd(t, after: v))
      return attribution(outside(np, t), hedges: hedges, t)
    }
    return appositiveSpeaker(t, from: k, &used)
  }

  /// A "he" or "she" in a frame at the end of a sentence (`"...," he said`, `..., she said.`)
  /// is someone named before this sentence, not the subject of what was said ("The Sierra
  /// Nevada has seen no rain, he said").
  func outside(_ np: SpeakerPhrase, _ t: [Token]) -> SpeakerPhrase {
    guard np.first == np.last, t[np.first].classes.contains(.personPronoun), let p = memory.antecedent else { return np }
    return SpeakerPhrase(first: np.first, last: np.last, who: .person(p))
  }

  /// "continued", "responded", "replied", "answered", "concluded": verbs of saying only in the
  /// frame of a quotation (`"...," he continued`; "the rain continued" says nothing).
  func isFrameVerb(_ w: Token) -> Bool { w.classes.contains(.frameVerb) }

  /// Whether the words `range` before a name only describe the speaker: `"...," lead researcher
  /// and NASA planetary scientist Lucas Paganini said`. No punctuation, no place or time phrase
  /// ("in Washington"), no verb or pronoun: `"...," but when asked, Lee said` is no description.
  func describes(_ t: [Token], _ range: Range<Int>) -> Bool {
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
  mutating func appositiveSpeaker(_ t: [Token], from k: Int, _ used: inout Set<Int>) -> Attribution? {
    var c = k
    while c < t.count, c - k <= 8, t[c].kind == .word || t[c].kind == .period { c += 1 }
    guard c < t.count, c > k, t[c].kind == .comma else { return nil }
    var v = c + 1
    // "..., a senior fellow at the center, has written.": the perfect's auxiliary after the comma.
    func closesAppositive(_ v: Int) -> Bool {
      t[v - 1].kind == .comma || t[v - 1].has(.perfect) && v >= 2 && t[v - 2].kind == .comma
    }
    func isSpeech(_ v: Int) -> Bool {
      t[v].has(.speech) || isFrameVerb(t[v]) || t[v].is(Words.written) && t[v - 1].has(.perfect)
    }
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

  mutating func before(_ t: [Token], _ o: Int, _ used: inout Set<Int>) -> Attribution? {
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
      // "Ian Hamilton, an expert at the University of York, told Newsweek: "..."": the name
      // before the appositive.
      let np = SpeakerPhrase.ending(at: j, floor: 0, t, &memory, bytes) ?? (j >= 2 && t[j].kind == .comma ? beforeAppositive(t, j) : nil)
      guard let np else { return nil }
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
  func frameEnd(_ t: [Token], after k: Int) -> Int {
    var e = k
    while e + 1 < t.count, !t[e + 1].isQuote { e += 1 }
    return e
  }

  /// Steps back over "reportedly", "also", "had" between a speaker and the verb.
  func skipAdverbs(_ t: [Token], _ from: Int, floor: Int) -> (Int, [String]) {
    var j = from
    var hedges: [String] = []
    while j >= floor, from - j < 3, t[j].kind == .word, t[j].classes.contains(.adverb) || t[j].classes.contains(.perfect) {
      if t[j].classes.contains(.hedge) { hedges.insert(lowercased(t[j]), at: 0) }
      j -= 1
    }
    return (j, hedges)
  }

  mutating func attribution(_ np: SpeakerPhrase, hedges: [String], _ t: [Token]) -> Attribution {
    if case .person(let p) = np.who { memory.spoke(p) }
    var a = Attribution(np, hedges: hedges, memory: memory)
    // "CNBC reported that ...": a publication that carried the news is no speaker.
    if a.speaker != nil, Words.isPublication(t[np.last].baseHash) {
      a.speaker = nil
      a.person = nil
    }
    if let name = a.speaker {
      var isPerson = true
      if case .name = np.who { isPerson = false }
      memory.heard(name, isPerson: isPerson)
      if !isPerson { memory.heardBody(name) }
    }
    return a
  }
}
