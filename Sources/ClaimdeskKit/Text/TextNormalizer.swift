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

  /// A lead byte of 0xCC or more starts a scalar at or above U+0300.
  private static func needsNormalizing<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    for b in bytes where b >= 0xCC { return true }
    return false
  }
}
