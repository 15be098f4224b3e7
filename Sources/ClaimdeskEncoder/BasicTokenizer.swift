import Foundation

/// BERT's text clean-up and word splitting, in the order HuggingFace's fast tokenizer
/// (BertNormalizer then BertPreTokenizer) applies them, since the reference ids come
/// from it: drop control characters and map whitespace to spaces, put spaces around CJK
/// ideographs, NFD and drop nonspacing marks, lower-case, then split on whitespace and
/// make each punctuation character a word of its own.
struct BasicTokenizer: Sendable {
  func words(_ text: String) -> [[Unicode.Scalar]] {
    split(normalize(text))
  }

  func normalize(_ text: String) -> [Unicode.Scalar] {
    var cleaned: [Unicode.Scalar] = []
    cleaned.reserveCapacity(text.unicodeScalars.count)
    var allASCII = true
    for scalar in text.unicodeScalars {
      if scalar.value == 0 || scalar.value == 0xFFFD || Self.isControl(scalar) { continue }
      if Self.isWhitespace(scalar) {
        cleaned.append(" ")
      } else if Self.isChineseCharacter(scalar) {
        cleaned.append(contentsOf: [" ", scalar, " "])
        allASCII = false
      } else {
        cleaned.append(scalar)
        if !scalar.isASCII { allASCII = false }
      }
    }
    if allASCII {
      return cleaned.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
    }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(cleaned.count)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: cleaned)
    for scalar in String(view).decomposedStringWithCanonicalMapping.unicodeScalars
    where !Self.isNonspacingMark(scalar) {
      // Per-scalar full lower-case mapping, like Rust's char::to_lowercase: no
      // context-dependent rules such as Greek final sigma.
      if scalar.isASCII {
        result.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
      } else {
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return result
  }

  func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var words: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    for scalar in scalars {
      if Self.isWhitespace(scalar) {
        if !current.isEmpty { words.append(current) }
        current.removeAll(keepingCapacity: true)
      } else if Self.isPunctuation(scalar) {
        if !current.isEmpty { words.append(current) }
        current.removeAll(keepingCapacity: true)
        words.append([scalar])
      } else {
        current.append(scalar)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// Tab, newline and carriage return are control characters that count as whitespace.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  /// HuggingFace's categories come from the `unicode_categories` crate, whose tables
  /// stop at Unicode \(tableVersion): a character assigned later is, to it, in no
  /// category at all (kept, never split or stripped), and so is an unassigned one (the
  /// tables hold no Cn). Swift knows newer Unicode, so categories are asked only for
  /// characters old enough; a comparison of every code point against HuggingFace's tokenizer found this version
  /// and the few category changes below.
  static let tableVersion = (major: 8, minor: 0)

  static func category(_ scalar: Unicode.Scalar) -> Unicode.GeneralCategory? {
    guard let age = scalar.properties.age,
      age.major < tableVersion.major || (age.major == tableVersion.major && age.minor <= tableVersion.minor)
    else { return nil }
    return categoryChanges[scalar.value] ?? scalar.properties.generalCategory
  }

  /// Characters whose category Unicode changed after the tables' version, with the old one.
  static let categoryChanges: [UInt32: Unicode.GeneralCategory] = [
    0x166D: .otherPunctuation, 0x1734: .nonspacingMark, 0x1885: .otherLetter, 0x1886: .otherLetter,
    0xA9BD: .spacingMark, 0x111C9: .otherPunctuation, 0x1171E: .nonspacingMark,
  ]

  /// Categories Cc, Cf and Co (the tables' "other"), less the whitespace controls.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\t", "\n", "\r": return false
    default:
      switch category(scalar) {
      case .control, .format, .privateUse: return true
      default: return false
      }
    }
  }

  /// Mn, the accents that stripping removes after NFD.
  static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
    category(scalar) == .nonspacingMark
  }

  /// ASCII non-alphanumeric printables (so "$", "^", "`" split even though Unicode calls
  /// them symbols) and every Unicode punctuation category.
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 33...47, 58...64, 91...96, 123...126: return true
    default:
      switch category(scalar) {
      case .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
        .initialPunctuation, .otherPunctuation, .openPunctuation:
        return true
      default: return false
      }
    }
  }

  /// The CJK Unified Ideograph blocks BERT splits character by character (the ranges of
  /// HuggingFace's BertNormalizer; Hiragana, Katakana and Hangul are not among them).
  static func isChineseCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
      0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      return true
    default: return false
    }
  }
}
