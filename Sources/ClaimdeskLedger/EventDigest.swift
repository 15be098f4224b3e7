/// An event's hash as a claim keeps it (in its history and as its last event): 32 bytes in
/// place rather than a String of 64 hex digits, which is a heap block of its own for each of
/// the hundreds of thousands of history entries a fold of a large ledger holds. A hash that is
/// not 64 lowercase hex digits (a hand-made line read without checking hashes) is kept as written.
enum EventDigest: Sendable, Equatable {
  case bytes(UInt64, UInt64, UInt64, UInt64)
  case text(String)

  init(_ hex: String) {
    // Straight from the String's bytes (a fold makes one for each of its events).
    let read = hex.utf8.withContiguousStorageIfAvailable { Self.words($0) } ?? Array(hex.utf8).withUnsafeBufferPointer { Self.words($0) }
    guard let read else {
      self = .text(hex)
      return
    }
    self = .bytes(read.0, read.1, read.2, read.3)
  }

  /// The four words of 64 lowercase hex digits; nil for anything else. Each digit is read
  /// without a branch, whether it is one noted apart (a fold reads two hashes for each line:
  /// 2.9% of a server's start when each digit went through a switch).
  private static func words(_ hex: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64, UInt64)? {
    guard hex.count == 64 else { return nil }
    var valid = true
    func word(_ start: Int) -> UInt64 {
      var word: UInt64 = 0
      var ok: UInt8 = 1
      for i in start..<(start + 16) {
        let c = hex[i]
        let digit = c &- UInt8(ascii: "0")
        let letter = c &- UInt8(ascii: "a")
        let isDigit: UInt8 = digit < 10 ? 1 : 0
        let isLetter: UInt8 = letter < 6 ? 1 : 0
        ok &= isDigit | isLetter
        word = word << 4 | UInt64(isDigit == 1 ? digit : letter &+ 10)
      }
      if ok == 0 { valid = false }
      return word
    }
    let words = (word(0), word(16), word(32), word(48))
    return valid ? words : nil
  }

  /// The hash as written: 64 lowercase hex digits.
  var string: String {
    switch self {
    case .text(let text): return text
    case .bytes(let a, let b, let c, let d):
      return String(unsafeUninitializedCapacity: 64) { buffer in
        func put(_ word: UInt64, at start: Int) {
          for j in 0..<16 {
            let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * j)) & 0x0F
            buffer[start + j] = nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ nibble &- 10
          }
        }
        put(a, at: 0)
        put(b, at: 16)
        put(c, at: 32)
        put(d, at: 48)
        return 64
      }
    }
  }
}
