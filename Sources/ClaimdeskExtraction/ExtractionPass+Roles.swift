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
