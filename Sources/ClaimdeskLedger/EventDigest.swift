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

  /// The four words of 64 lowercase hex digits; nil for anything else. Eight digits at a time
  /// (a fold reads one hash for each line: 2.7-2.9% of a server's start when each digit was
  /// read by itself).
  static func words(_ hex: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64, UInt64)? {
    guard hex.count == 64, let base = hex.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    var valid = true
    func word(_ start: Int) -> UInt64 {
      let first = eightDigits(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)))
      let second = eightDigits(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)))
      valid = valid && first != nil && second != nil
      return (first ?? 0) << 32 | (second ?? 0)
    }
    let words = (word(0), word(16), word(32), word(48))
    return valid ? words : nil
  }

  /// The value of eight lowercase hex digits, the first in the lowest byte; nil if any byte is
  /// no such digit.
  @inline(__always) private static func eightDigits(_ x: UInt64) -> UInt64? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    guard x & highs == 0 else { return nil }
    // With every byte below 0x80, (byte | 0x80) - c has its high bit set exactly when byte >= c.
    func atLeast(_ c: UInt64) -> UInt64 { ((x | highs) &- c &* ones) & highs }
    let digit = atLeast(0x30) & ~atLeast(0x3A)
    let letter = atLeast(0x61) & ~atLeast(0x67)
    guard digit | letter == highs else { return nil }
    // Each byte's value: its low four bits, plus 9 for a letter (bit 6 is set in a-f only).
    let nibbles = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ ((x >> 6) & ones) &* 9
    // Pairs of nibbles into bytes, pairs of bytes into 16 bits, then the two halves, the
    // first digit highest.
    let bytes = ((nibbles & 0x000F_000F_000F_000F) << 4) | ((nibbles >> 8) & 0x000F_000F_000F_000F)
    let pairs = ((bytes & 0x0000_00FF_0000_00FF) << 8) | ((bytes >> 16) & 0x0000_00FF_0000_00FF)
    return ((pairs & 0xFFFF) << 16) | ((pairs >> 32) & 0xFFFF)
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
