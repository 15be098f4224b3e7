/// Splits text into lower-case word tokens for ranking: letters and digits, with digit groups
/// kept whole ("40,000" is one token "40000", "3.5" stays "3.5"). The table generator
/// (`BackgroundIDFTableGenerator`) splits the corpus with it.
enum PassageTokenizer {
  struct Token: Equatable {
    var text: String
    var isNumber: Bool
    var isCapitalised: Bool
  }

  static func tokens(_ text: String) -> [Token] {
    var result: [Token] = []
    var current = String.UnicodeScalarView()
    var capitalised = false
    var digitsOnly = true
    let scalars = Array(text.unicodeScalars)
    func finish() {
      if !current.isEmpty {
        result.append(Token(text: String(current).lowercased(), isNumber: digitsOnly, isCapitalised: capitalised))
      }
      current = String.UnicodeScalarView()
      digitsOnly = true
    }
    for (i, scalar) in scalars.enumerated() {
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil {
        if current.isEmpty { capitalised = p.isUppercase }
        if p.numericType == nil { digitsOnly = false }
        current.append(scalar)
      } else if (scalar == "," || scalar == "."), !current.isEmpty, digitsOnly, i + 1 < scalars.count,
        scalars[i + 1].properties.numericType != nil
      {
        // Keep the decimal point, drop the thousands separator.
        if scalar == "." { current.append(scalar) }
      } else {
        finish()
      }
    }
    finish()
    return result
  }

  static func isYear(_ token: String) -> Bool {
    guard token.utf8.count == 4, let value = Int(token) else { return false }
    return value >= 1000 && value <= 2100
  }

  /// Words too common to carry a claim.
  static let stopwords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "this",
    "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
    "him", "them", "us", "me", "not", "no", "so", "if", "than", "then", "there", "here", "which", "who", "whom",
    "what", "when", "where", "why", "how", "all", "any", "each", "every", "some", "such", "into", "over",
    "under", "about", "after", "before", "since", "up", "down", "out", "off", "will", "would", "can", "could",
    "should", "may", "might", "must", "s", "t", "said", "says", "also", "more", "most", "very", "just", "only",
  ]
}
