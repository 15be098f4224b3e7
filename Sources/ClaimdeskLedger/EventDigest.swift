/// An event's hash as a claim keeps it (in its history and as its last event): 32 bytes in
/// place rather than a String of 64 hex digits, which is a heap block of its own for each of
/// the hundreds of thousands of history entries a fold of a large ledger holds. A hash that is
/// not 64 lowercase hex digits (a hand-made line read without checking hashes) is kept as written.
enum EventDigest: Sendable, Equatable {
  case bytes(UInt64, UInt64, UInt64, UInt64)
  case text(String)

  init(_ hex: String) {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0
    for byte in hex.utf8 {
      let digit: UInt64
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte &- UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte &- UInt8(ascii: "a") &+ 10)
      default:
        self = .text(hex)
        return
      }
      guard count < 64 else {
        self = .text(hex)
        return
      }
      switch count >> 4 {
      case 0: words.0 = words.0 << 4 | digit
      case 1: words.1 = words.1 << 4 | digit
      case 2: words.2 = words.2 << 4 | digit
      default: words.3 = words.3 << 4 | digit
      }
      count += 1
    }
    self = count == 64 ? .bytes(words.0, words.1, words.2, words.3) : .text(hex)
  }

  /// The hash as written: 64 lowercase hex digits.
  var string: String {
    switch self {
    case .text(let text): return text
    case .bytes(let a, let b, let c, let d):
      return String(unsafeUninitializedCapacity: 64) { buffer in
        for (i, word) in [a, b, c, d].enumerated() {
          for j in 0..<16 {
            let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * j)) & 0x0F
            buffer[i * 16 + j] = nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ nibble &- 10
          }
        }
        return 64
      }
    }
  }
}
