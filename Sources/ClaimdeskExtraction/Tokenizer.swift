/// Splits a sentence's UTF-8 bytes into tokens in one pass, counting scalars as it goes so each
/// token knows its offsets in `Document.text`.
enum Tokenizer {
  private enum Class { case letter, upperLetter, digit, space, openQuote, closeQuote, apostrophe, dash, hyphen, currency, other }

  /// Tokenises `bytes[from..<to]`, whose first scalar is scalar number `scalarStart` of the
  /// document, appending to `tokens`.
  static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, scalarStart: Int, into tokens: inout [Token]
  ) {
    var i = from
    var scalar = scalarStart
    var spaceBefore = true
    while i < to {
      if bytes[i] == 32 {  // the commonest byte of all, between nearly every two words
        spaceBefore = true
        i += 1
        scalar += 1
        continue
      }
      let (cls, length) = classify(bytes, i, to)
      switch cls {
      case .space:
        spaceBefore = true
        i += length
        scalar += 1
        continue
      case .letter, .upperLetter, .digit:
        let (token, next, nextScalar) = readWord(bytes, i, to, scalar)
        var t = token
        t.spaceBefore = spaceBefore
        tokens.append(t)
        i = next
        scalar = nextScalar
      default:
        var kind: Token.Kind = .other
        switch cls {
        case .openQuote: kind = .openQuote
        case .closeQuote: kind = .closeQuote
        case .dash: kind = .dash
        case .hyphen: kind = .hyphen
        case .currency: kind = .currency
        default:
          switch bytes[i] {
          case UInt8(ascii: "\""): kind = .straightQuote
          case UInt8(ascii: ","): kind = .comma
          case UInt8(ascii: ":"): kind = .colon
          case UInt8(ascii: ";"): kind = .semicolon
          case UInt8(ascii: "."): kind = .period
          case UInt8(ascii: "?"): kind = .question
          case UInt8(ascii: "!"): kind = .exclamation
          case UInt8(ascii: "-"): kind = .hyphen
          case UInt8(ascii: "/"): kind = .slash
          case UInt8(ascii: "$"): kind = .currency
          case UInt8(ascii: "%"): kind = .percent
          case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): kind = .openBracket
          case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): kind = .closeBracket
          default: kind = .other
          }
        }
        tokens.append(
          Token(kind: kind, byteStart: i, byteEnd: i + length, start: scalar, end: scalar + 1, spaceBefore: spaceBefore))
        i += length
        scalar += 1
      }
      spaceBefore = false
    }
  }

  /// Reads a word or number starting at `i`: letters, digits, inner apostrophes, initialisms
  /// ("U.S."), digit groups ("1,234.5").
  private static func readWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ to: Int, _ scalarStart: Int
  ) -> (Token, Int, Int) {
    var i = start
    var scalar = scalarStart
    var hash = WordHash.seed
    var hashBeforeApostrophe = hash
    var letters = 0
    var uppers = 0
    var lowers = 0
    var digits = 0
    var lettersSinceDot = 0
    var hasDot = false
    var sawApostrophe = false
    var value = 0.0
    var fraction = 0.0
    var inFraction = false
    let leadsWithDigit = bytes[start] >= 48 && bytes[start] <= 57
    var suffixStart = -1
    let first = classify(bytes, start, to).0
    while i < to {
      // A run of lowercase ASCII letters, most of every word, needs no class decoded.
      var lower = bytes[i]
      if lower &- 97 < 26 {
        if leadsWithDigit && suffixStart < 0 { suffixStart = i }
        while true {
          hash = (hash ^ UInt64(lower)) &* WordHash.prime  // WordHash.mix of a lowercase letter
          letters += 1
          lettersSinceDot += 1
          lowers += 1
          i += 1
          scalar += 1
          guard i < to else { break }
          lower = bytes[i]
          guard lower &- 97 < 26 else { break }
        }
        continue
      }
      let (cls, length) = classify(bytes, i, to)
      let b = bytes[i]
      switch cls {
      case .letter, .upperLetter:
        if leadsWithDigit && suffixStart < 0 { suffixStart = i }
        letters += 1
        lettersSinceDot += 1
        if cls == .upperLetter { uppers += 1 } else if b < 0x80 { lowers += 1 } else { lowers += 1 }
        for k in 0..<length { hash = WordHash.mix(hash, bytes[i + k]) }
      case .digit:
        digits += 1
        if suffixStart < 0 {
          let d = Double(b - 48)
          if inFraction { fraction /= 10; value += d * fraction } else { value = value * 10 + d }
        }
        hash = WordHash.mix(hash, b)
      case .apostrophe:
        // Inside a word only when a letter follows ("we're", "Ha'aretz").
        guard i + length < to, isLetter(classify(bytes, i + length, to).0), letters > 0 else {
          return finish()
        }
        hashBeforeApostrophe = hash
        sawApostrophe = true
        hash = WordHash.mix(hash, UInt8(ascii: "'"))
      default:
        if b == UInt8(ascii: ".") {
          // Initialisms: "U.S." (one letter, a dot, a letter, a dot) keep their dots.
          if lettersSinceDot == 1 && digits == 0 && i + 1 < to && isASCIILetter(bytes[i + 1])
            && (i + 2 >= to || bytes[i + 2] == UInt8(ascii: ".")) {
            hasDot = true; lettersSinceDot = 0
            hash = WordHash.mix(hash, b)
          } else if hasDot && lettersSinceDot == 1 {
            hash = WordHash.mix(hash, b)
            i += 1; scalar += 1
            return finish()
          } else if leadsWithDigit && suffixStart < 0 && !inFraction && i + 1 < to && isDigit(bytes[i + 1]) {
            inFraction = true; fraction = 1
            hash = WordHash.mix(hash, b)
          } else {
            return finish()
          }
        } else if b == UInt8(ascii: ","), leadsWithDigit, suffixStart < 0, !inFraction, i + 3 < to,
          isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3])
        {
          hash = WordHash.mix(hash, b)
        } else {
          return finish()
        }
      }
      i += length
      scalar += 1
    }
    return finish()

    func finish() -> (Token, Int, Int) {
      var t = Token(kind: leadsWithDigit ? .number : .word, byteStart: start, byteEnd: i, start: scalarStart, end: scalar)
      t.hash = hash
      t.baseHash = hash
      if sawApostrophe {
        // "Kerry's" / "Kerry’s": the base is the hash before the apostrophe.
        let last = bytes[i - 1]
        if (last == UInt8(ascii: "s") || last == UInt8(ascii: "S")) && hash == WordHash.mix(WordHash.mix(hashBeforeApostrophe, 39), last) {
          t.isPossessive = true
          t.baseHash = hashBeforeApostrophe
        }
      }
      t.isCapitalised = first == .upperLetter
      if !leadsWithDigit, i - start >= 4, bytes[i - 1] == UInt8(ascii: "d"), bytes[i - 2] == UInt8(ascii: "e") {
        t.endsInEd = true
      }
      t.isAllCaps = uppers >= 2 && lowers == 0
      if leadsWithDigit {
        t.value = value
        if suffixStart >= 0 {
          t.suffix = suffix(bytes, suffixStart, i)
          if t.suffix == .other { t.value = .nan }
        }
      } else if let entry = Lexicon.lookup(hash) {
        t.classes = entry.classes
        t.value = entry.value
      } else if t.isPossessive, let entry = Lexicon.lookup(t.baseHash) {
        t.classes = entry.classes.intersection([.title, .role, .org, .anonymous, .month, .weekday, .timeUnit])
        t.value = entry.value
      }
      return (t, i, scalar)
    }
  }

  private static func suffix(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Token.NumberSuffix {
    var h = WordHash.seed
    for k in from..<to { h = WordHash.mix(h, bytes[k]) }
    switch h {
    case suffixes.st, suffixes.nd, suffixes.rd, suffixes.th: return .ordinal
    case suffixes.s: return .plural
    case suffixes.k: return .thousand
    case suffixes.m, suffixes.mn: return .million
    case suffixes.bn, suffixes.b: return .billion
    default: return .other
    }
  }

  private enum suffixes {
    static let st = WordHash.of("st"), nd = WordHash.of("nd"), rd = WordHash.of("rd"), th = WordHash.of("th")
    static let s = WordHash.of("s"), k = WordHash.of("k"), m = WordHash.of("m"), mn = WordHash.of("mn")
    static let bn = WordHash.of("bn"), b = WordHash.of("b")
  }

  @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
  @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
  @inline(__always) private static func isLetter(_ c: Class) -> Bool { c == .letter || c == .upperLetter || c == .digit }

  /// The class and byte length of the scalar at `i`.
  @inline(__always)
  private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> (Class, Int) {
    let b = bytes[i]
    if b < 0x80 {
      if b >= 97 && b <= 122 { return (.letter, 1) }
      if b >= 65 && b <= 90 { return (.upperLetter, 1) }
      if b >= 48 && b <= 57 { return (.digit, 1) }
      if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 || b == 11 { return (.space, 1) }
      if b == 39 { return (.apostrophe, 1) }
      return (.other, 1)
    }
    // Decode one multi-byte scalar (Swift strings are valid UTF-8; stay safe at the end anyway).
    var length = 1
    var v: UInt32 = 0
    if b & 0xE0 == 0xC0 { length = 2; v = UInt32(b & 0x1F) }
    else if b & 0xF0 == 0xE0 { length = 3; v = UInt32(b & 0x0F) }
    else if b & 0xF8 == 0xF0 { length = 4; v = UInt32(b & 0x07) }
    else { return (.other, 1) }
    guard i + length <= to else { return (.other, to - i) }
    for k in 1..<length { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
    switch v {
    case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (.space, length)
    case 0x201C, 0x201E, 0xAB: return (.openQuote, length)
    case 0x201D, 0xBB: return (.closeQuote, length)
    case 0x2019, 0x2032: return (.apostrophe, length)
    case 0x2013, 0x2014, 0x2015, 0x2212: return (.dash, length)
    case 0x2010, 0x2011: return (.hyphen, length)
    case 0xA3, 0xA5, 0x20AC, 0x20AA, 0x20B9: return (.currency, length)
    case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x2190...0x2BFF, 0x3001...0x303F: return (.other, length)
    case 0xC0...0xDE: return (.upperLetter, length)
    case 0x391...0x3A9, 0x410...0x42F: return (.upperLetter, length)
    default: return (.letter, length)
    }
  }
}
