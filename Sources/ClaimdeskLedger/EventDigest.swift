/// An event's hash as a claim keeps it (in its history and as its last event): 32 bytes in
/// place rather than a String of 64 hex digits, which is a heap block of its own for each of
/// the hundreds of thousands of history entries a fold of a large ledger holds. A hash that is
/// not 64 lowercase hex digits (a hand-made line read without checking hashes) is kept as written.
enum EventDigest: Sendable, Equatable {
  case bytes(UInt64, UInt64, UInt64, UInt64)
  case text(String)

  init(_ hex: String) {
    // Straight from the String's bytes (a fold makes one for each of its events).
    let read = hex.utf8.withContiguousStorageIfAvailable { Self.words($0) } ?? Self.words(Array(hex.utf8))
    guard let read else {
      self = .text(hex)
      return
    }
    self = .bytes(read.0, read.1, read.2, read.3)
  }

  /// The four words of 64 lowercase hex digits; nil for anything else.
  private static func words<Bytes: Collection<UInt8>>(_ hex: Bytes) -> (UInt64, UInt64, UInt64, UInt64)? {
    guard hex.count == 64 else { return nil }
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0
    for byte in hex {
      let digit: UInt64
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte &- UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte &- UInt8(ascii: "a") &+ 10)
      default: return nil
      }
      switch count >> 4 {
      case 0: words.0 = words.0 << 4 | digit
      case 1: words.1 = words.1 << 4 | digit
      case 2: words.2 = words.2 << 4 | digit
      default: words.3 = words.3 << 4 | digit
      }
      count += 1
    }
    return words
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
