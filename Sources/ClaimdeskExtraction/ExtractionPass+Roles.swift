/// Roles given in apposition, so that "the chancellor" later names the person.
extension ExtractionPass {
  /// "The chancellor, Rishi Sunak, said", "Harbor's mayor, Ana Ruiz,", "Ana Ruiz, the mayor,
  /// said": a role and the person holding it, side by side between commas; "the chancellor"
  /// later in the article is that person, unless someone holds the role already ("President
  /// Donald Trump" stays "the president" after "Zippy Duvall, the president of the American
  /// Farm Bureau,", whose role is another body's anyway, and not taken).
  mutating func noteAppositiveRole(_ t: [Token], _ span: NameSpan, _ p: Int) {
    let after = span.last + 1
    guard after < t.count, t[after].kind == .comma || t[after].kind == .period || t[after].is(Words.said) else { return }
    // The role before the name: "the chancellor, ", "Harbor's mayor, ", "the shadow health secretary, ".
    if span.first >= 3, t[span.first - 1].kind == .comma, let run = roleRun(t, endingAt: span.first - 2),
      run.first >= 1, t[run.first - 1].is(Words.the) || t[run.first - 1].isPossessive
    {
      memory.registerRoles(t, run.first, run.last, p, replacing: false)
      return
    }
    // The role after it: "Ana Ruiz, the mayor, said"; not "the mayor of Harbor", another body's.
    guard t[after].kind == .comma, after + 2 < t.count, t[after + 1].is(Words.the) else { return }
    var k = after + 2
    while k < t.count, k - after <= 4, t[k].kind == .word, !t[k].isCapitalised, !t[k].has(.title) { k += 1 }
    var last = k
    while last + 1 < t.count, t[last + 1].kind == .word, !t[last + 1].isCapitalised, t[last + 1].has(.title) { last += 1 }
    guard k < t.count, t[k].has(.title), !t[k].isCapitalised, last + 1 < t.count,
      t[last + 1].kind == .comma
    else { return }
    memory.registerRoles(t, k, last, p, replacing: false)
  }

  /// The lowercase title words ending at `r` ("prime minister", "chief executive").
  private func roleRun(_ t: [Token], endingAt r: Int) -> (first: Int, last: Int)? {
    guard r >= 0, t[r].kind == .word, !t[r].isCapitalised, t[r].has(.title) else { return nil }
    var first = r
    while first - 1 >= 0, r - first < 3, t[first - 1].kind == .word, !t[first - 1].isCapitalised, !t[first - 1].has(.determiner) {
      first -= 1
    }
    return (first, r)
  }
}

extension ExtractionPass {
  /// "the Centre for Disease Control (CDC)", "South Korea's Ministry of Trade, Industry and Energy
  /// (MOTIE)": initials in brackets after a body's name stand for that name from then on ("The
  /// CDC advises ..." is the Centre's, "according to data released by MOTIE" the ministry's).
  mutating func noteDefinedInitials(_ t: [Token]) {
    for k in 2..<max(2, t.count - 1)
    where t[k].kind == .word && t[k].isAllCaps && t[k - 1].kind == .openBracket && t[k + 1].kind == .closeBracket
      && t[k].byteEnd - t[k].byteStart >= 2
    {
      var first = k - 2
      guard NameSpan.startsName(t[first]) || NameSpan.continuesName(t[first]) else { continue }
      // Back over the name's words, and the lowercase "of", "for", "on", "and" and commas joining them.
      while first - 1 >= 0, k - first < 12 {
        let p = t[first - 1]
        if (NameSpan.startsName(p) || NameSpan.continuesName(p)) && !p.isPossessive {
          first -= 1
        } else if first - 2 >= 0, p.is(Words.of) || p.is(Words.for) || p.is(Words.on) || p.is(Words.and) || p.kind == .comma,
          NameSpan.startsName(t[first - 2]) || NameSpan.continuesName(t[first - 2])
        {
          first -= 2
        } else {
          break
        }
      }
      guard first < k - 2 else { continue }
      memory.defineInitials(t[k].baseHash, as: t[first].byteStart..<t[k - 2].byteEnd)
    }
  }
}
