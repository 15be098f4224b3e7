import ClaimdeskText

/// A study's authors as the speakers of what "the study" says. Science news cites a paper in its
/// lede ("according to a paper published in Nature Astronomy") and names its authors anywhere in
/// the article ("study lead author Lucas Paganini", "one of the study authors, Owen Dempsey"):
/// the statements citing the study are the authors', and are given their name when the article
/// is read to its end.
extension ExtractionPass {
  /// Whether the name `span` is introduced as an author of a study: an author's role with what
  /// makes it the study's before the name ("study lead author", "senior author Dr.", "one of the
  /// study authors,", "lead researcher and NASA planetary scientist"), the same in an appositive
  /// after it (", the study's lead author,", ", who led the research"), or the name opening what
  /// a sentence says "for the case report".
  func authorsStudy(_ t: [Token], _ span: NameSpan) -> Bool {
    var k = span.first - 1
    if k >= 0, t[k].kind == .comma { k -= 1 }
    let described = k
    var words = 0
    // Only words describing the person between the role and the name: in "the authors of the
    // research published in the journal JAMA Psychiatry" the name is the journal's.
    while k >= 0, words < 8, t[k].kind == .word || t[k].kind == .hyphen {
      if isAuthorRole(t, k) { return describes(t, (k + 1)..<(described + 1)) }
      if t[k].kind == .word { words += 1 }
      k -= 1
    }
    if let comma = studyOpening(t), span.first == comma + 1 { return true }
    var m = span.last + 1
    guard m + 1 < t.count, t[m].kind == .comma else { return false }
    m += 1
    words = 0
    while m < t.count, words < 8, t[m].kind == .word || t[m].kind == .hyphen {
      if isAuthorRole(t, m) { return true }
      // ", who led the study", ", who headed the research team"
      if t[m].is(Words.led) || t[m].is(Words.headed) {
        for n in (m + 1)..<min(t.count, m + 4) where isStudyWord(t, n) { return true }
      }
      if t[m].kind == .word { words += 1 }
      m += 1
    }
    return false
  }

  /// Where the comma stands after a sentence's opening "For the study," / "For the case
  /// report,": what the sentence then says (who did what, what they found) is told from the
  /// study, so it cites it.
  func studyOpening(_ t: [Token]) -> Int? {
    guard t.count > 4, t[0].is(Words.for) else { return nil }
    var k = 1
    while k < t.count, k <= 6, t[k].kind == .word { k += 1 }
    guard k >= 3, k < t.count, t[k].kind == .comma, (1..<k).contains(where: { isStudyWord(t, $0) }) else { return nil }
    return k
  }

  /// "author", "researcher" or "investigator" made the study's by the word before it ("lead",
  /// "senior", "study", "co-"), or by "of the study" after it. A book's "author" alone is not.
  func isAuthorRole(_ t: [Token], _ k: Int) -> Bool {
    guard t[k].kind == .word, Words.isAuthorRole(t[k].baseHash) else { return false }
    if k >= 1, t[k - 1].kind == .word, Words.isAuthorModifier(t[k - 1].baseHash) || isStudyWord(t, k - 1) { return true }
    if k >= 2, t[k - 1].kind == .hyphen, t[k - 2].is(Words.co) { return true }
    if k + 2 < t.count, t[k + 1].is(Words.of) {
      for n in (k + 2)..<min(t.count, k + 5) where isStudyWord(t, n) { return true }
    }
    return false
  }

  /// Whether the words `range` name a study as a source: "a paper published", "the study",
  /// "the researchers' calculations", "a case report".
  func citesStudy(_ t: [Token], _ range: Range<Int>) -> Bool {
    range.contains { isStudyWord(t, $0) || t[$0].kind == .word && Words.isAuthorRole(t[$0].baseHash) }
  }

  /// "study", "paper", "research", ...; "report" only in "case report" (a news report, or a
  /// body's report, is no study).
  func isStudyWord(_ t: [Token], _ k: Int) -> Bool {
    guard t[k].kind == .word else { return false }
    return Words.isStudy(t[k].baseHash) || t[k].baseHash == Words.report && k > 0 && t[k - 1].is(Words.case)
  }

  /// Gives the claims citing a study the name of the study's author, once the whole article is
  /// read: the authors are often named after the lede that cites their study.
  mutating func nameStudyAuthors() {
    guard let author = studyAuthor else { return }
    for c in citingStudy where claims[c].speaker == nil { claims[c].speaker = memory.people[author].name }
  }
}
