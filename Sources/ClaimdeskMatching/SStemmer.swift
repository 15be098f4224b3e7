/// Harman's (1991) "S" stemmer: removes English plural endings only. Cheap and
/// conservative: it never merges "organ" with "organization" as Porter does.
enum SStemmer {
  static func stem(_ word: [UInt8]) -> [UInt8] {
    let n = word.count
    guard n > 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    func endsWith(_ suffix: StaticString) -> Bool {
      let s = suffix.utf8Start
      let length = suffix.utf8CodeUnitCount
      guard n >= length else { return false }
      for k in 0..<length where word[n - length + k] != s[k] { return false }
      return true
    }
    if endsWith("ies") && !endsWith("eies") && !endsWith("aies") {
      return Array(word[..<(n - 3)]) + [UInt8(ascii: "y")]
    }
    if endsWith("es") && !endsWith("aes") && !endsWith("ees") && !endsWith("oes") {
      return Array(word[..<(n - 1)])
    }
    if endsWith("s") && !endsWith("us") && !endsWith("ss") {
      return Array(word[..<(n - 1)])
    }
    return word
  }
}
