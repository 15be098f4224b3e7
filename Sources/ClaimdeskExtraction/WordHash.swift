/// FNV-1a over lowercased ASCII bytes: the key of the lexicon. A 64-bit hash makes a false
/// match between a text word and one of the few hundred lexicon words vanishingly unlikely.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always) static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 {
    let lower = (byte >= 65 && byte <= 90) ? byte &+ 32 : byte
    return (h ^ UInt64(lower)) &* prime
  }

  static func of(_ word: String) -> UInt64 {
    var h = seed
    for b in word.utf8 { h = mix(h, b) }
    return h
  }

  /// The key of a phrase of several words ("prime minister").
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }
}
