import ClaimdeskSupport

/// FNV-1a over lowercased ASCII bytes (`FNV1a`): the key of the lexicon. A 64-bit hash makes a
/// false match between a text word and one of the few hundred lexicon words vanishingly unlikely.
enum WordHash {
  @inline(__always) static var seed: UInt64 { FNV1a.offset }
  @inline(__always) static var prime: UInt64 { FNV1a.prime }

  @inline(__always) static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.addLowercased(h, byte) }

  static func of(_ word: String) -> UInt64 { FNV1a.lowercased(word.utf8) }

  /// The key of a phrase of several words ("prime minister").
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }
}
