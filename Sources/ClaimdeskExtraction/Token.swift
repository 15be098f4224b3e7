/// A word or punctuation mark of a sentence, with byte offsets into the document's UTF-8 and
/// scalar offsets into `Document.text`. Words carry a hash of their lowercased bytes (curly
/// apostrophes folded to `'`) so the lexicon is one dictionary lookup.
struct Token {
  enum Kind: UInt8 {
    case word, number
    case openQuote, closeQuote, straightQuote
    case comma, colon, semicolon, period, question, exclamation
    case dash, hyphen, slash, currency, percent, openBracket, closeBracket, other
  }

  var kind: Kind
  var byteStart: Int
  var byteEnd: Int
  var start: Int
  var end: Int
  /// FNV-1a of the lowercased word; 0 for punctuation.
  var hash: UInt64 = 0
  /// The hash without a possessive "'s" ("Kerry's" -> "kerry").
  var baseHash: UInt64 = 0
  var classes: WordClass = []
  /// A number's value, a number word's value, a month's number, a weekday, a time unit.
  var value: Double = .nan
  var isCapitalised = false
  var isAllCaps = false
  var isPossessive = false
  /// A lowercase word of four letters or more ending in "ed": a past tense or participle.
  var endsInEd = false
  /// Whitespace stood before it (false for "Netanyahu-Kerry"'s second half).
  var spaceBefore = true
  /// For numbers: the letters after the digits ("st", "s", "m").
  var suffix: NumberSuffix = .none

  enum NumberSuffix: UInt8 { case none, ordinal, plural, thousand, million, billion, other }

  var isWord: Bool { kind == .word }
  var isWordOrNumber: Bool { kind == .word || kind == .number }
  var isQuote: Bool { kind == .openQuote || kind == .closeQuote || kind == .straightQuote }
  func has(_ c: WordClass) -> Bool { kind == .word && !classes.isDisjoint(with: c) }
  func `is`(_ h: UInt64) -> Bool { hash == h && kind == .word }
}
