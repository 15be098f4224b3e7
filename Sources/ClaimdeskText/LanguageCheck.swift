/// A rough test of whether text is English: the claim rules are English-only, so a reader warns
/// when a document clearly is not. English prose is about 40% stop words ("the", "of", "and");
/// other languages, even in Latin script, score far lower, and other scripts lack ASCII letters.
enum LanguageCheck {
  static let stopWords: Set<[UInt8]> = Set(
    """
    the of and to a in is was that for it on with as be by he she at from his her this are were \
    have has had not but or an they we you i which their its said will would been there who
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

  /// False only when the sample has enough words to judge (30) and clearly is not English.
  static func looksEnglish(_ sample: [UInt8]) -> Bool {
    var words = 0
    var stops = 0
    var asciiLetters = 0
    var otherLetters = 0
    var word: [UInt8] = []
    func endWord() {
      guard !word.isEmpty else { return }
      words += 1
      if stopWords.contains(word) { stops += 1 }
      word.removeAll(keepingCapacity: true)
    }
    for c in sample {
      if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
        asciiLetters += 1
        if word.count < 16 { word.append(c | 0x20) }
      } else if c >= 0xC0 {
        otherLetters += 1  // a lead byte: one non-ASCII character
        word.append(c)
      } else if c >= 0x80 {
        continue
      } else if c == UInt8(ascii: "'") {
        word.append(c)
      } else {
        endWord()
      }
    }
    endWord()
    if otherLetters > 50 && otherLetters > asciiLetters { return false }
    guard words >= 30 else { return true }
    return stops * 100 >= words * 8
  }
}
