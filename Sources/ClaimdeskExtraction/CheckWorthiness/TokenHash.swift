import ClaimdeskSupport

/// 64-bit FNV-1a hashes (`FNV1a`) of lower-cased word tokens, and of token pairs for bigrams.
/// Stable across runs and platforms (unlike `Hasher`), because the shipped weights are indexed by them.
enum TokenHash {
  @inline(__always) static var offset: UInt64 { FNV1a.offset }

  @inline(__always) static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.add(hash, byte) }

  /// The hash of one word as the featurizer would produce it (ASCII letters lower-cased).
  static func word(_ bytes: [UInt8]) -> UInt64 { FNV1a.lowercased(bytes) }

  /// The hash of an ordered pair of tokens.
  @inline(__always) static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    mix(first &* 0x9e37_79b9_7f4a_7c15 ^ second)
  }

  /// The murmur3 finaliser: spreads every input bit over the low bits used as bucket index.
  @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x &*= 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    return x
  }

  // Normalised tokens: every number of a kind shares one feature.
  static let number = word(Array("<num>".utf8))
  static let year = word(Array("<year>".utf8))
  static let percent = word(Array("<percent>".utf8))
  static let money = word(Array("<money>".utf8))
  static let ordinal = word(Array("<ordinal>".utf8))
  static let sentenceStart = word(Array("<s>".utf8))
  static let sentenceEnd = word(Array("</s>".utf8))
  static let questionMark = word(Array("?".utf8))

  // Added to a token hash so skip-bigrams and word prefixes get buckets of their own.
  static let skipSalt: UInt64 = 5
  static let prefixSalt: UInt64 = 11
}
