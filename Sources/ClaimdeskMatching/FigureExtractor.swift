/// Reads the figures of a text: percentages, money, years, month-day dates and counts.
///
/// Deliberately simple word-level rules, because what matters is a precise "these two
/// claims state different numbers", not full number parsing:
/// - "5%", "5 percent", "5 per cent" → percent 5;
/// - "$1", "$1.5 million", "£3bn", "100 dollars" → money (currency symbol not compared:
///   tweets and fact-checks convert freely);
/// - 1800–2099 standing alone → year; "May 18" / "18 May" → date 518;
/// - other numbers ("174 Democrats", "100,000", "2 million", "eleven") → count;
///   "million/billion/thousand/k/m/bn" multiply.
public struct FigureExtractor: Sendable {
  public init() {}

  /// Changes stated as a factor: "crime doubled" and "crime tripled" are not the same claim.
  static let factors: [String: Double] = [
    "doubled": 2, "doubles": 2, "doubling": 2, "tripled": 3, "triples": 3, "tripling": 3, "trebled": 3,
    "quadrupled": 4, "quadruples": 4, "halved": 0.5, "halves": 0.5, "halving": 0.5,
  ]

  public func figures(in text: String) -> [Figure] {
    let words = Self.words(text)
    var result: [Figure] = []
    var i = 0
    while i < words.count {
      let word = words[i]
      let next = i + 1 < words.count ? words[i + 1].lowercased() : ""
      let previous = i > 0 ? words[i - 1].lowercased() : ""
      if let month = Self.months[word.lowercased()], i + 1 < words.count,
        let day = Self.dayNumber(words[i + 1])
      {
        result.append(Figure(kind: .date, value: Double(month * 100 + day), text: "\(word) \(words[i + 1])"))
        i += 2
        continue
      }
      if let factor = Self.factors[word.lowercased()] {
        result.append(Figure(kind: .multiple, value: factor, text: word))
        i += 1
        continue
      }
      guard let parsed = Self.number(word) else {
        if let small = Self.numberWords[word.lowercased()] {
          if next == "percent" || next == "%" {
            result.append(Figure(kind: .percent, value: small, text: "\(word) \(next)"))
            i += 2
            continue
          }
          result.append(Figure(kind: .count, value: small, text: word))
        }
        i += 1
        continue
      }
      var (value, suffix) = (parsed.0, parsed.2)
      let currency = parsed.1
      var consumed = 1
      var label = word
      if let multiplier = Self.multipliers[suffix] {
        value *= multiplier
        suffix = ""
      } else if let multiplier = Self.multipliers[next] {
        value *= multiplier
        consumed += 1
        label += " " + words[i + 1]
      }
      let after = i + consumed < words.count ? words[i + consumed].lowercased() : ""
      if suffix == "%" || after == "percent" || after == "%"
        || (after == "per" && i + consumed + 1 < words.count && words[i + consumed + 1].lowercased() == "cent")
      {
        result.append(Figure(kind: .percent, value: value, text: suffix == "%" ? label : label + " percent"))
      } else if currency || Self.currencyWords.contains(after) {
        result.append(Figure(kind: .money, value: value, text: label))
      } else if let month = Self.months[after], value >= 1, value <= 31, value == value.rounded() {
        result.append(Figure(kind: .date, value: Double(month * 100 + Int(value)), text: "\(word) \(words[i + consumed])"))
        consumed += 1
      } else if Self.isYear(word, value: value) && !Self.currencyWords.contains(previous) {
        result.append(Figure(kind: .year, value: value, text: word))
      } else {
        result.append(Figure(kind: .count, value: value, text: label))
      }
      i += consumed
    }
    return result
  }

  /// Whitespace words with surrounding punctuation trimmed, keeping a leading currency
  /// sign and a trailing "%".
  static func words(_ text: String) -> [String] {
    var out: [String] = []
    for raw in text.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "(" || $0 == ")" }) {
      var word = Substring(raw)
      while let last = word.last, !(last.isLetter || last.isNumber || last == "%") { word = word.dropLast() }
      while let first = word.first, !(first.isLetter || first.isNumber || "$£€".contains(first)) {
        word = word.dropFirst()
      }
      // "10-meter" → "10", "meter": a hyphen after a number separates it from its unit.
      if let dash = word.firstIndex(of: "-"), word.first?.isNumber == true || "$£€".contains(word.first ?? " ") {
        out.append(String(word[..<dash]))
        let rest = word[word.index(after: dash)...]
        if !rest.isEmpty { out.append(String(rest)) }
        continue
      }
      if !word.isEmpty { out.append(String(word)) }
    }
    return out
  }

  /// "$1.5", "100,000", "3bn", "5%", "40k" → (value, has currency sign, suffix).
  static func number(_ word: String) -> (Double, Bool, String)? {
    var s = Substring(word)
    var currency = false
    if let first = s.first, "$£€".contains(first) {
      currency = true
      s = s.dropFirst()
    }
    guard let first = s.first, first.isASCII, first.isNumber else { return nil }
    var digits = ""
    var index = s.startIndex
    while index < s.endIndex {
      let c = s[index]
      if c.isASCII && c.isNumber {
        digits.append(c)
      } else if c == "." || c == "," {
        let after = s.index(after: index)
        guard after < s.endIndex, s[after].isASCII, s[after].isNumber else { break }
        if c == "." { digits.append(c) }
      } else {
        break
      }
      index = s.index(after: index)
    }
    let suffix = String(s[index...]).lowercased()
    // "2nd", "10th", "1990s": ordinals and decades are not figures to compare.
    if ["st", "nd", "rd", "th", "s"].contains(suffix) { return nil }
    if !suffix.isEmpty && suffix != "%" && multipliers[suffix] == nil { return nil }
    guard let value = Double(digits) else { return nil }
    return (value, currency, suffix)
  }

  static func isYear(_ word: String, value: Double) -> Bool {
    word.count == 4 && value >= 1800 && value <= 2099 && value == value.rounded()
  }

  static func dayNumber(_ word: String) -> Int? {
    var w = Substring(word)
    for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { w = w.dropLast(2) }
    guard let day = Int(w), (1...31).contains(day) else { return nil }
    return day
  }

  static let multipliers: [String: Double] = [
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mil": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12,
  ]
  static let currencyWords: Set<String> = ["dollars", "dollar", "euros", "euro", "pounds", "usd", "cents"]
  /// "one" is left out: "one of the" is not a figure.
  static let numberWords: [String: Double] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
  ]
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]
}
