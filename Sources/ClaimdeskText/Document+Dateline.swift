extension Document {
  /// Splits the dateline off the article's opening paragraph ("WASHINGTON (AP) — The Senate
  /// ...", "HONOLULU, Hawaii (HawaiiNewsNow) - NASA ...", "JERUSALEM—Secretary of State ..."),
  /// so that it is marked as furniture (a byline) and the first sentence starts with the story.
  /// Only the first few body paragraphs are looked at for a dateline of any form: a dateline
  /// opens a story, and further down "NASA — the agency ..." is a sentence. A wire dateline,
  /// which names its outlet ("MOSCOW (Reuters) -"), is split off wherever it stands: a roundup
  /// runs several wire stories.
  public mutating func splitLeadingDateline() {
    var looked = 0
    var split: [Paragraph] = []
    var splitAny = false
    // The paragraphs are in text order: one cursor walks the scalars once.
    let scalars = text.unicodeScalars
    var cursor = scalars.startIndex
    var cursorOffset = 0
    /// The length of the dateline to split off `paragraph`, if any.
    func dateline(_ paragraph: Paragraph) -> Int? {
      guard paragraph.kind == .paragraph, paragraph.start >= cursorOffset else { return nil }
      // Short lines above the story (a headline, "Supported by", "By ...", a date) are not among
      // the opening paragraphs a dateline stands in.
      if paragraph.end - paragraph.start >= Self.shortestStoryParagraph { looked += 1 }
      cursor = scalars.index(cursor, offsetBy: paragraph.start - cursorOffset, limitedBy: scalars.endIndex) ?? scalars.endIndex
      cursorOffset = paragraph.start
      // A dateline opens with a capital: most paragraphs are ruled out by their first scalar.
      guard cursor < scalars.endIndex, scalars[cursor].properties.isUppercase else { return nil }
      let head = Array(scalars[cursor...].prefix(min(Self.longestDateline + 4, paragraph.end - paragraph.start)))
      guard let length = Self.datelineLength(head), length < paragraph.end - paragraph.start,
        !splitAny && looked <= Self.datelineParagraphs || Self.namesOutlet(head.prefix(length))
      else { return nil }
      return length
    }
    for (index, paragraph) in paragraphs.enumerated() {
      if let length = dateline(paragraph) {
        if !splitAny { split = Array(paragraphs[..<index]) }
        splitAny = true
        split.append(Paragraph(start: paragraph.start, end: paragraph.start + length, kind: .byline))
        split.append(Paragraph(start: paragraph.start + length, end: paragraph.end, kind: paragraph.kind))
      } else if splitAny {
        split.append(paragraph)
      }
    }
    if splitAny { paragraphs = split }
  }

  static let datelineParagraphs = 3
  static let shortestStoryParagraph = 60
  static let longestDateline = 60

  /// The scalars the dateline at the start of `s` takes, with the dash and spaces after it; nil
  /// when `s` does not open with one: a place in capitals (one to four words), an optional
  /// ", State" in capitalised words or abbreviations, an optional "(Outlet)", then a dash (or,
  /// after an outlet, the story itself), and the story starting with a capital or a quote.
  static func datelineLength(_ s: [Unicode.Scalar]) -> Int? {
    var i = 0
    func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    // The place: words of capitals ("NEW YORK", "ST. LOUIS", "SANTA FE").
    var letters = 0
    var words = 0
    while i < s.count, isUpper(s[i]) {
      while i < s.count, isUpper(s[i]) || s[i] == "." || s[i] == "'" || s[i] == "’" || s[i] == "-" {
        if isLetter(s[i]) { letters += 1 }
        i += 1
      }
      words += 1
      guard i < s.count, s[i] == " ", i + 1 < s.count, isUpper(s[i + 1]), words < 4 else { break }
      // The next word must be in capitals too (else it is the story's first word).
      if i + 2 < s.count, !isUpper(s[i + 2]), s[i + 2] != "." { break }
      i += 1
    }
    guard letters >= 3 else { return titleCaseWireDatelineLength(s) ?? titleCasePlaceDatelineLength(s) }
    // ", Hawaii", ", N.Y.", ", United Arab Emirates".
    if i + 1 < s.count, s[i] == ",", s[i + 1] == " " {
      var j = i + 2
      var stateWords = 0
      while j < s.count, isUpper(s[j]), stateWords < 4 {
        while j < s.count, isLetter(s[j]) || s[j] == "." { j += 1 }
        stateWords += 1
        if j + 1 < s.count, s[j] == " ", isUpper(s[j + 1]) { j += 1 } else { break }
      }
      guard stateWords > 0 else { return nil }
      i = j
    }
    // "(AP)", "(Reuters)", "(CNN Business)".
    var outlet = false
    if i < s.count, s[i] == " ", i + 1 < s.count, s[i + 1] == "(" { i += 1 }
    if i < s.count, s[i] == "(" {
      guard let close = s[i...].prefix(42).firstIndex(of: ")") else { return nil }
      i = close + 1
      outlet = true
    }
    guard i <= longestDateline else { return nil }
    var j = i
    while j < s.count, s[j] == " " { j += 1 }
    if j < s.count, s[j] == "-" || s[j] == "—" || s[j] == "–" {
      j += 1
      while j < s.count, s[j] == " " { j += 1 }
    } else if !outlet {
      return nil
    }
    guard j < s.count, isUpper(s[j]) || s[j] == "\"" || s[j] == "“" || s[j] == "'" || s[j] == "‘" else { return nil }
    return j
  }

  /// "Hong Kong (CNN Business)A muddled view ...", "London (Reuters) - UK stocks ...": a place in
  /// capitalised words (one to three) with its outlet, then a dash or the story glued to the
  /// bracket. With neither, "United Nations (UN) Secretary-General ..." is a sentence.
  static func titleCaseWireDatelineLength(_ s: [Unicode.Scalar]) -> Int? {
    var i = 0
    var words = 0
    while i < s.count, s[i].properties.isUppercase, words < 3 {
      i += 1
      while i < s.count, s[i].properties.isLowercase { i += 1 }
      words += 1
      guard i + 1 < s.count, s[i] == " " else { return nil }
      i += 1
      if s[i] == "(" { break }
    }
    guard words > 0, i < s.count, s[i] == "(", let close = s[i...].prefix(42).firstIndex(of: ")") else { return nil }
    if close + 1 < s.count, opensStory(s[close + 1]) { return close + 1 }
    return storyAfterDash(s, from: close + 1)
  }

  /// "New York, NY – The range of ...", "Paris, France — Officials ...": a place in capitalised
  /// words, a comma, its state or country (capitals, or capitalised words), then a dash and the
  /// story. Only the opening paragraphs are read for it (see `splitLeadingDateline`).
  static func titleCasePlaceDatelineLength(_ s: [Unicode.Scalar]) -> Int? {
    /// Capitalised words from `i` (one to three), ending where the next is not one: the index after.
    func words(from start: Int) -> Int? {
      var i = start
      var count = 0
      while i < s.count, s[i].properties.isUppercase, count < 3 {
        i += 1
        while i < s.count, s[i].properties.isAlphabetic || s[i] == "." { i += 1 }
        count += 1
        guard i + 1 < s.count, s[i] == " ", s[i + 1].properties.isUppercase else { break }
        i += 1
      }
      return count > 0 ? i : nil
    }
    guard let place = words(from: 0), place + 2 < s.count, s[place] == ",", s[place + 1] == " ",
      let state = words(from: place + 2)
    else { return nil }
    return storyAfterDash(s, from: state)
  }

  /// Whether a story opens with a capital or a quotation mark at `c`.
  static func opensStory(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase || c == "\"" || c == "“" }

  /// Past spaces, a dash and spaces from `i`, where the story opens; nil when no dash or no story.
  static func storyAfterDash(_ s: [Unicode.Scalar], from i: Int) -> Int? {
    var j = i
    while j < s.count, s[j] == " " { j += 1 }
    guard j < s.count, s[j] == "-" || s[j] == "—" || s[j] == "–" else { return nil }
    j += 1
    while j < s.count, s[j] == " " { j += 1 }
    return j < s.count && opensStory(s[j]) ? j : nil
  }

  /// Whether a dateline names its outlet in parentheses ("MOSCOW (Reuters) - "): a wire story's.
  static func namesOutlet(_ dateline: ArraySlice<Unicode.Scalar>) -> Bool { dateline.contains("(") }
}
