import ClaimdeskSupport

/// The words of an element's class or id attribute, as hashes: split on punctuation and
/// camelCase ("cookieBanner" is "cookie" and "banner"), ASCII lower-cased, so that "header"
/// does not hide "headline". The first 512 bytes are read: class lists longer than that are
/// generated, not named.
enum HTMLClassWords {
  /// Calls `body` with the FNV-1a hash of each word of a NUL-terminated attribute value.
  @inline(__always)
  static func forEach(in value: UnsafePointer<UInt8>, _ body: (UInt64) -> Void) {
    var hash = FNV1a.offset
    var length = 0
    var previousLower = false
    var i = 0
    func finish() {
      if length > 0 { body(hash) }
      hash = FNV1a.offset
      length = 0
    }
    while true {
      let b = value[i]
      if b == 0 { break }
      i += 1
      let isUpper = b >= 0x41 && b <= 0x5A
      let isLower = b >= 0x61 && b <= 0x7A
      let isDigit = b >= 0x30 && b <= 0x39
      if !(isUpper || isLower || isDigit) {
        finish()
        previousLower = false
        continue
      }
      if isUpper && previousLower { finish() }
      previousLower = isLower || isDigit
      hash = FNV1a.addLowercased(hash, b)
      length += 1
      if i > 512 { break }
    }
    finish()
  }

  /// The hash `forEach` gives a word written in lower case.
  static func hash(_ word: String) -> UInt64 { FNV1a.lowercased(word.utf8) }
}
