/// Whether a verb of saying reports a statement at all: "to say" does not, nor a poll's share
/// saying, nor a frame inside a relative clause; and what of the sentence stands before its clause.
extension ExtractionPass {
  /// "to say", "can say", "would say", "not to say", "never say": "say" after these is no
  /// subject's saying reported ("Is it fair to say that ...", "I'm very happy to say that ...").
  func isBareSay(_ t: [Token], _ v: Int) -> Bool {
    guard t[v].is(Words.say) else { return false }
    guard v >= 1 else { return true }
    let p = t[v - 1]
    return p.kind != .word || p.is(Words.to) || p.is(Words.not) || p.is(Words.never) || isModalVerb(p) || p.is(Words.cannot)
  }

  /// "may", "might", "could", "will", "would", "can", "should", "must".
  func isModalVerb(_ w: Token) -> Bool {
    w.has(.modal) || w.is(Words.will) || w.is(Words.would) || w.is(Words.can) || w.is(Words.should) || w.is(Words.must)
  }

  /// "... vehicles that industry analysts say will boost sales": a frame inside a relative
  /// clause, whose statement (a verb with no subject) is the clause's, not a claim of its own.
  func inRelativeClause(_ t: [Token], _ v: Int) -> Bool {
    guard v + 1 < t.count, isModalVerb(t[v + 1]) else { return false }
    // "but she said could serve" drops its "it"; "that analysts say will boost" is relative.
    return (max(0, v - 4)..<v).contains { t[$0].is(Words.that) || t[$0].is(Words.which) }
  }

  /// Where the clause holding a frame opens, when something stands before it that is the
  /// writer's: after ", though" / ", but" / ", while" before the subject at `first`, or at a
  /// verb's "and" ("complained of poor communications and say that"). Nil otherwise.
  func frameClauseOpening(_ t: [Token], before first: Int, verb: Int) -> Int? {
    // (Only the verb's own "and": "Smith and Jones said" coordinates speakers.)
    if first == verb, first >= 2, t[first - 1].is(Words.and), t[first - 2].isWordOrNumber { return first - 1 }
    // (An unnamed source's phrase may have taken the "though" in: "though officials".)
    for k in [first - 1, first] where k >= 1 && k < t.count {
      if t[k].kind == .word, t[k].has(.subordinator) || t[k].is(Words.but), t[k - 1].kind == .comma { return k }
    }
    return nil
  }

  /// "70 percent of Americans say", "Fifty-one percent said": a poll's finding, which is the
  /// claim (the share), not a speaker's statement.
  func pollSubject(_ t: [Token], before v: Int) -> Bool {
    var k = v - 1
    while k >= 0, t[k].kind != .comma, t[k].kind != .semicolon, t[k].kind != .openBracket, !t[k].is(Words.that) {
      if t[k].kind == .percent || t[k].is(Words.percent) { return true }
      k -= 1
    }
    return false
  }
}
