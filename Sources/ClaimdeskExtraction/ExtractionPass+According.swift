import ClaimdeskText

/// "According to X": the named source of a statement, and where the statement is.
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
      let described = (k + 2)..<j
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
          // "the Egyptian Commission for Rights and Freedoms": "and" inside what "for" names.
          if last + 2 < t.count, t[last + 1].is(Words.and), NameSpan.startsName(t[last + 2]) {
            last = NameSpan.extend(t, from: last + 2, limit: t.count)
          }
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
        // A newspaper that carried the statement is where it was read, not who made it; so is
        // a name after "in" ("according to a report in the Argus Leader", "research in the UK").
        if Words.isPublication(t[last].baseHash) { speaker = nil }
        if let b = described.last, t[b].is(Words.in) || t[b].is(Words.the) && b > described.lowerBound && t[b - 1].is(Words.in) {
          speaker = nil
        }
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
      var attribution = Attribution(speaker: speaker, hedges: hedges)
      attribution.citesStudy = citesStudy(t, described)
      // The claim is the rest: "X, according to Y." or "According to Y, X."
      var first = 0
      var end = t.count - 1
      if k > 0 && t[k - 1].kind == .comma {
        end = k - 2
      } else if k == 0 {
        var c = last + 1
        while c < t.count, t[c].kind != .comma { c += 1 }
        first = c + 1
        // "According to the study, published in BMJ Case Reports, the man ...": the phrase
        // describing the source is no part of the statement.
        if first < t.count, t[first].kind == .word, t[first].endsInEd, !t[first].isCapitalised {
          var d = first + 1
          while d < t.count, d - first <= 12, t[d].kind != .comma, t[d].kind != .period { d += 1 }
          if d < t.count, d - first <= 12, t[d].kind == .comma { first = d + 1 }
        }
      }
      w.according = (first, end, attribution)
      return
    }
  }
}
