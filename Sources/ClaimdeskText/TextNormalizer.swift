import Foundation

/// Unicode normalisation to NFC, so that text from different sources compares equal and the
/// stored text is canonical. Offsets are always counted in scalars of the normalised text.
enum TextNormalizer {
  /// The NFC form of a piece of UTF-8 that starts and ends at a character boundary (a line).
  /// Text whose scalars all lie below U+0300 is already NFC (nothing there composes or
  /// decomposes), and that is almost all English text, so the costly path is rare.
  static func nfc(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard needsNormalizing(bytes) else { return bytes }
    let string = String(decoding: bytes, as: UTF8.self)
    return ArraySlice(string.precomposedStringWithCanonicalMapping.utf8)
  }

  static func nfc(_ string: String) -> String {
    guard needsNormalizing(string.utf8) else { return string }
    return string.precomposedStringWithCanonicalMapping
  }

  /// Whether the text holds a scalar at or above U+0300 (a lead byte of 0xCC or more) other
  /// than the common ones that NFC never changes and that never combine: U+2002-U+20BF
  /// (dashes, curly quotes, ellipsis, currency) and U+1F000-U+1FFFF (emoji). News text is full
  /// of curly quotes, and sending every such line through Foundation would dominate the time.
  private static func needsNormalizing<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    if let answer = bytes.withContiguousStorageIfAvailable({ needsNormalizing($0) }) { return answer }
    return needsNormalizing(Array(bytes))
  }

  private static func needsNormalizing(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0xCC {
        i += 1
        continue
      }
      if c == 0xE2 && i + 2 < n && (b[i + 1] == 0x81 || b[i + 1] == 0x82 || (b[i + 1] == 0x80 && b[i + 2] >= 0x82)) {
        i += 3
      } else if c == 0xF0 && i + 3 < n && b[i + 1] == 0x9F {
        i += 4
      } else {
        return true
      }
    }
    return false
  }
}
