/// Where a number stands in its claim, to tell a figure worth finding the statistic behind
/// ("$20 billion", "3,000 vacancies") from a number that is part of something else: a name
/// ("Route 9", "Boeing 737", "iPhone 11", "Ninety Mile Beach"), a date or time ("9/11", "4:30"),
/// an age ("Carlineo, 55,", "a 55-year-old"), a term ("10-year note"), or one side of a tally
/// ("7-2"). A period ("in two months") is a figure for searches, but no statistic (`isPeriod`).
struct FigureContext {
  let words: [Substring]

  init(_ claimText: String) {
    words = claimText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
  }

  /// Whether the number cue `text` is a figure to check; also what to call it (with its unit:
  /// "3,000 vacancies" rather than "3,000").
  func figure(_ text: String) -> String? {
    let cueWords = text.split(separator: " ")
    guard let head = cueWords.first else { return nil }
    // A cue the claim's words no longer show (an edited claim) is kept as recorded.
    guard let at = position(of: cueWords) else { return text }
    // "first", "third", "12th": an order, not a count (a record claim is `CheckGuide.recordStep`'s).
    if ["st", "nd", "rd", "th"].contains(where: { text.lowercased().hasSuffix($0) }),
      text.contains(where: \.isLetter) && (text.first?.isNumber == true || !text.contains(where: \.isNumber))
    {
      return nil
    }
    let word = words[at]
    if isTallyOrDate(word) || word.contains(":") { return nil }
    // "10-year", "55-year-old", "three-day": a term or an age, not a count.
    if word.contains("-") && !word.hasPrefix("-") && !isTallyOrDate(word) { return nil }
    let before = at > 0 ? words[at - 1] : nil
    let afterIndex = at + cueWords.count
    let after = afterIndex < words.count ? words[afterIndex] : nil
    // Capitalised neighbours: "Route 9", "Boeing 737 Max", "Ninety Mile Beach".
    if let before, at > 0, isCapitalisedWord(before), !before.hasSuffix(",") && !before.hasSuffix(".") { return nil }
    if head.first?.isUppercase == true, let after, isCapitalisedWord(after) { return nil }
    // "Carlineo, 55," : an age after a name.
    if let before, before.hasSuffix(","), word.hasSuffix(","), isCapitalisedWord(before) { return nil }
    if let after, after.lowercased().hasPrefix("a.m") || after.lowercased().hasPrefix("p.m") { return nil }
    if cueWords.count == 1, let after, Self.isUnit(after), !head.contains("%") {
      return text + " " + ClaimFacts.trimPunctuation(after)
    }
    return text
  }

  /// Tallies in the claim: "7-2", "52-48", "5-4".
  var tallies: [String] {
    words.map(ClaimFacts.trimPunctuation).filter { word in
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }
  }

  private func position(of cueWords: [Substring]) -> Int? {
    guard let head = cueWords.first else { return nil }
    for i in words.indices where words[i] == head || ClaimFacts.trimPunctuation(words[i]) == ClaimFacts.trimPunctuation(head)
      || words[i].hasPrefix(head) || (head.allSatisfy(\.isNumber) && words[i].contains(head))
    {
      return i
    }
    return nil
  }

  private func isTallyOrDate(_ word: Substring) -> Bool {
    let core = ClaimFacts.trimPunctuation(word)
    let digitsAround = core.split(whereSeparator: { $0 == "/" || $0 == "-" })
    guard digitsAround.count >= 2 else { return false }
    return digitsAround.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// "Route", "Boeing"; "iPhone", "eBay" too (a capital after a lowercase first letter).
  private func isCapitalisedWord(_ word: Substring) -> Bool {
    guard let first = word.first else { return false }
    if first.isLowercase { return word.dropFirst().first?.isUppercase == true && word.contains(where: \.isLowercase) }
    return first.isUppercase && word.contains(where: \.isLowercase)
  }

  /// "two months", "within three years": a period (a search term, but no statistic to look up).
  static func isPeriod(_ figure: String) -> Bool {
    figure.split(separator: " ").last.map(isTimeUnit) ?? false
  }

  static func isTimeUnit(_ word: Substring) -> Bool { timeUnits.contains(ClaimFacts.trimPunctuation(word).lowercased()) }

  private static let timeUnits: Set<String> = [
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
    "centuries",
  ]

  /// A plural noun after a bare number is what it counts: "3,000 vacancies", "seven witnesses".
  static func isUnit(_ word: Substring) -> Bool {
    let w = ClaimFacts.trimPunctuation(word).lowercased()
    guard w.count >= 3, w.allSatisfy(\.isLetter) else { return false }
    return w.hasSuffix("s") || ["percent", "million", "billion", "trillion", "thousand", "people", "children"].contains(w)
  }
}
