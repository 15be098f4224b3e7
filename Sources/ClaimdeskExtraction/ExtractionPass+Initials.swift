/// Initials an article defines for a name, so that the initials alone name it later.
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
