import ClaimdeskText

/// Turning a paragraph's analysed sentences into claims.
extension ExtractionPass {
  /// Turns the paragraph's sentences into claims: quotations of four words or more (or
  /// attributed ones) become one claim per sentence piece; else the reported content; else the
  /// sentence. An unattributed quotation takes the speaker of the paragraph's nearest one, or of
  /// the previous paragraph when the paragraph opens with it.
  mutating func flushParagraph() {
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
    // `Ford's father told Starner that "..."`: a quotation opening inside reported content is
    // that sentence's, even when it names no one; it takes no other speaker of the paragraph.
    var framed = Set<Int>()
    for w in work {
      guard let r = w.reported else { continue }
      for p in w.pieces where p.openMark.map({ $0 >= r.first }) ?? false { framed.insert(p.run) }
    }
    let opensWithQuote = work[0].pieces.first.map { $0.openMark == 0 || $0.first == 0 } ?? false
    var previous: Attribution? = opensWithQuote ? previousParagraphSpeaker : nil
    for r in runs.indices {
      if let a = runs[r].attribution { previous = a; continue }
      // A scare-quoted term ("so-called “feather lung”") is the writer's, not the last speaker's.
      if runs[r].words >= 4, !framed.contains(r) { runs[r].attribution = previous ?? lastKnown }
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
        if let (cut, quoted) = addedQuotation(w, after: whole.first), cut <= whole.last {
          // `He never used the term "three amigos" and added, "I frankly cringe when I hear it."`:
          // two statements, each scored on its own.
          emit(w, whole.first, cut - 1, a, isQuote: true)
          emit(w, quoted.first, quoted.last, a, isQuote: true)
        } else {
          emit(w, whole.first, whole.last, a, isQuote: true)
        }
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
  mutating func introducedList(_ w: SentenceWork) -> Attribution? {
    let t = w.tokens
    guard t.count >= 3, t[t.count - 1].kind == .colon, t[t.count - 2].has(.speech) else { return nil }
    let (j, hedges) = skipAdverbs(t, t.count - 3, floor: 0)
    guard let np = SpeakerPhrase.ending(at: j, floor: 0, t, &memory, bytes) else { return nil }
    let a = attribution(np, hedges: hedges, t)
    return a.speaker == nil ? nil : a
  }

  /// A quotation of four words or more closing the sentence after a second verb of saying of the
  /// same speaker (`..., and added, "..."`, `..., adding: "..."`): where the statement before it
  /// ends (`cut`, the "and" or the comma) and the quotation's piece. The statement before keeps
  /// three words or more.
  func addedQuotation(_ w: SentenceWork, after first: Int) -> (cut: Int, piece: QuotePiece)? {
    let t = w.tokens
    guard let p = w.pieces.last, p.words >= 4, let o = p.openMark, p.closeMark.map({ endsSentence(t, $0) }) ?? (p.last == t.count - 1)
    else { return nil }
    var v = o - 1
    if v >= 0, t[v].kind == .comma || t[v].kind == .colon { v -= 1 }
    guard v >= 1, t[v].has([.speech, .speechParticiple]) else { return nil }
    var cut = v - 1
    if t[cut].has(.adverb) { cut -= 1 }
    guard cut >= 0, t[cut].is(Words.and) || t[cut].kind == .comma && t[v].has(.speechParticiple) else { return nil }
    if t[cut].is(Words.and), cut >= 1, t[cut - 1].kind == .comma { cut -= 1 }
    var words = 0
    for k in first..<max(first, cut) where t[k].isWordOrNumber { words += 1 }
    return words >= 3 ? (cut, p) : nil
  }

  /// When the sentence says more than its quotations and their frames (three words or more
  /// outside both), the span of its whole statement: the reported content when there is one,
  /// else the sentence less a frame at either end. Nil when the quotations are the statement.
  func wholeStatement(_ w: SentenceWork) -> (first: Int, last: Int, attribution: Attribution?)? {
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
  mutating func emit(_ w: SentenceWork, _ first: Int, _ last: Int, _ a: Attribution, isQuote: Bool) -> Bool {
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
    let citesStudy = a.citesStudy || w.according?.attribution.citesStudy == true
      || a.speaker == nil && studyOpening(t).map { f <= $0 + 1 } == true
    if citesStudy { hedges.append(Attribution.citedStudy) }

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
    if a.speaker == nil, citesStudy { citingStudy.append(claims.count - 1) }
    return true
  }

  func isTrimmed(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .comma, .period, .colon, .semicolon, .dash, .hyphen, .other: return true
    default: return false
    }
  }

  /// Links that stand inside the sentence (binary search in the sorted links).
  func sources(_ s: Range<Int>) -> [String] {
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
