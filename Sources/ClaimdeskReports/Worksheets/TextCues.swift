import ClaimdeskExtraction
import ClaimdeskLedger
/// Cues read off a claim's own words, for claims that carry none (entered by hand with
/// `claimdesk add`, which runs no extractor): universal words, "since YEAR" spans, month-year
/// dates, years and numbers. Enough to make the advice concrete; the extractor's cues win when
/// recorded.
enum TextCues {
  static let scales: Set<String> = ["percent", "per", "million", "billion", "trillion", "thousand", "hundred"]
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  static func scan(_ text: String) -> [ClaimCueRecord] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(ClaimFacts.trimPunctuation)
    var cues: [ClaimCueRecord] = []
    var i = 0
    while i < words.count {
      let word = words[i]
      let lower = word.lowercased()
      let next = i + 1 < words.count ? words[i + 1] : nil
      if UniversalWords.set.contains(lower) {
        cues.append(ClaimCueRecord(kind: "universal", text: word))
      } else if lower == "since", let next, isYear(next) {
        cues.append(ClaimCueRecord(kind: "span", text: word + " " + next, value: next))
        i += 1
      } else if months.contains(lower), let next, isYear(next) {
        cues.append(ClaimCueRecord(kind: "date", text: word + " " + next))
        i += 1
      } else if isYear(word) {
        cues.append(ClaimCueRecord(kind: "year", text: word))
      } else if word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
        var figure = word
        if let next, scales.contains(next.lowercased()) {
          figure += " " + next
          i += 1
        }
        cues.append(ClaimCueRecord(kind: "number", text: figure))
      }
      i += 1
    }
    return cues
  }

  static func isYear(_ word: String) -> Bool {
    word.utf8.count == 4 && ClaimFacts.year(in: word) == word
  }
}
