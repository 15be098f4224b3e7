/// Splits text into lower-cased word tokens for lexical matching.
///
/// Works on UTF-8 bytes: ASCII (nearly all of the claim text) goes through a byte table with
/// no `Character` or grapheme work, which keeps indexing 14k claims in milliseconds. Only a
/// non-ASCII byte makes it decode a scalar, lower-case it and strip its accents, so
/// "Café" and "cafe" meet. Rules, chosen for claims and tweets:
/// - a token is a run of letters and digits; anything else separates tokens;
/// - apostrophes (' and ’) inside a word are dropped, so "don't" → "dont" and
///   "McDonald’s" → "mcdonalds" (the s-stemmer then meets "mcdonald");
/// - between two digits "," is dropped and "." kept, so "100,000" → "100000", "1.5" stays.
public struct TextTokenizer: Sendable {
  public init() {}

  public func tokens(_ text: String) -> [String] {
    var result: [String] = []
    forEachToken(text) { result.append(String(decoding: $0, as: UTF8.self)) }
    return result
  }

  /// Calls `body` with each token's UTF-8 bytes (valid only during the call).
  public func forEachToken(_ text: String, _ body: ([UInt8]) -> Void) {
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var copy = text
    copy.withUTF8 { bytes in
      let count = bytes.count
      var i = 0
      func flush() {
        if !current.isEmpty {
          body(current)
          current.removeAll(keepingCapacity: true)
        }
      }
      while i < count {
        let byte = bytes[i]
        if byte < 0x80 {
          let kind = Self.asciiKind[Int(byte)]
          switch kind {
          case 1:  // upper-case letter
            current.append(byte | 0x20)
          case 2, 3:  // lower-case letter, digit
            current.append(byte)
          case 4:  // apostrophe: joins only when a letter follows and a token is open
            if current.isEmpty || i + 1 >= count || Self.asciiKind[Int(bytes[i + 1])] == 0 {
              flush()
            }
          case 5:  // "," or "." between digits
            let previousIsDigit = current.last.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            let nextIsDigit = i + 1 < count && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
            if previousIsDigit && nextIsDigit {
              if byte == UInt8(ascii: ".") { current.append(byte) }
            } else {
              flush()
            }
          default:
            flush()
          }
          i += 1
          continue
        }
        // Non-ASCII: decode one scalar by hand (the string is valid UTF-8).
        var scalarValue: UInt32
        var length: Int
        if byte >= 0xF0 {
          scalarValue = UInt32(byte & 0x07)
          length = 4
        } else if byte >= 0xE0 {
          scalarValue = UInt32(byte & 0x0F)
          length = 3
        } else {
          scalarValue = UInt32(byte & 0x1F)
          length = 2
        }
        var j = 1
        while j < length && i + j < count {
          scalarValue = (scalarValue << 6) | UInt32(bytes[i + j] & 0x3F)
          j += 1
        }
        i += length
        guard let scalar = Unicode.Scalar(scalarValue) else {
          flush()
          continue
        }
        if scalarValue == 0x2019 || scalarValue == 0x2018 {  // ’ ‘ act as apostrophes
          if current.isEmpty || i >= count || Self.asciiKind[Int(bytes[i] & 0x7F)] == 0 {
            flush()
          }
          continue
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil {
          Self.appendFolded(scalar, to: &current)
        } else if properties.generalCategory == .nonspacingMark {
          continue  // a combining accent after a letter: drop it, keep the token open
        } else {
          flush()
        }
      }
      flush()
    }
  }

  /// Lower-cases and strips accents ("É" → "e"); letters without a decomposition
  /// (CJK, Cyrillic, ...) are kept as they are, lower-cased.
  private static func appendFolded(_ scalar: Unicode.Scalar, to token: inout [UInt8]) {
    let lowered = scalar.properties.lowercaseMapping
    for piece in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
      if piece.properties.generalCategory == .nonspacingMark { continue }
      token.append(contentsOf: String(piece).utf8)
    }
  }

  /// 0 separator, 1 upper-case letter, 2 lower-case letter, 3 digit, 4 apostrophe,
  /// 5 "," or "." (joins digits).
  private static let asciiKind: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 128)
    for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = 1 }
    for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = 2 }
    for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = 3 }
    table[Int(UInt8(ascii: "'"))] = 4
    table[Int(UInt8(ascii: ","))] = 5
    table[Int(UInt8(ascii: "."))] = 5
    return table
  }()
}
