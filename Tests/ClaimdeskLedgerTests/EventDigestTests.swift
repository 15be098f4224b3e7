import Testing
@testable import ClaimdeskLedger

/// A hash kept as 32 bytes reads back as the hex it was read from, and anything that is not 64
/// lowercase hex digits is kept as written.
@Suite struct EventDigestTests {
  /// The words a digit at a time, as the reading eight at a time must find them.
  static func slowWords(_ hex: [UInt8]) -> [UInt64]? {
    guard hex.count == 64 else { return nil }
    var words = [UInt64](repeating: 0, count: 4)
    for (i, c) in hex.enumerated() {
      let digit: UInt64
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(c - 48)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(c - 87)
      default: return nil
      }
      words[i / 16] = words[i / 16] << 4 | digit
    }
    return words
  }

  @Test func everyDigitInEveryPlaceReadsAsOneAtATime() {
    var generator = SystemRandomNumberGenerator()
    let digits = Array("0123456789abcdef".utf8)
    for _ in 0..<200 {
      let hex = (0..<64).map { _ in digits.randomElement(using: &generator)! }
      let read = hex.withUnsafeBufferPointer { EventDigest.words($0) }
      #expect(read.map { [$0.0, $0.1, $0.2, $0.3] } == Self.slowWords(hex))
      let digest = EventDigest(String(decoding: hex, as: UTF8.self))
      #expect(digest.string == String(decoding: hex, as: UTF8.self))
    }
    for place in 0..<64 {
      for digit in digits {
        var hex = [UInt8](repeating: UInt8(ascii: "0"), count: 64)
        hex[place] = digit
        #expect(hex.withUnsafeBufferPointer { EventDigest.words($0) }.map { [$0.0, $0.1, $0.2, $0.3] } == Self.slowWords(hex))
      }
    }
  }

  @Test func anyOtherByteAnywhereIsKeptAsWritten() {
    let good = Array(String(repeating: "0123456789abcdef", count: 4).utf8)
    // Every byte value that is no lowercase hex digit, in each place.
    for place in stride(from: 0, to: 64, by: 7) {
      for byte in 0...255 where Self.slowWords([UInt8](repeating: UInt8(byte), count: 64)) == nil {
        var hex = good
        hex[place] = UInt8(byte)
        #expect(hex.withUnsafeBufferPointer { EventDigest.words($0) } == nil, "byte \(byte) at \(place)")
      }
    }
    for text in ["", "abc", String(repeating: "A", count: 64), String(repeating: "0", count: 63), String(repeating: "0", count: 65), "é" + String(repeating: "0", count: 62)] {
      #expect(EventDigest(text) == .text(text))
      #expect(EventDigest(text).string == text)
    }
  }
}
