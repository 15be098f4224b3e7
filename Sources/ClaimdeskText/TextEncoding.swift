import ClaimdeskSupport
/// The encodings a document's bytes are read in. The first 64 KB decide (see `sniff`).
enum TextEncoding: Equatable, Sendable {
  case utf8, utf16LE, utf16BE, windows1252

  /// How many bytes decide the encoding and whether a file is binary.
  static let sampleSize = 64 * 1024

  enum Verdict: Equatable {
    case text(TextEncoding)
    case binary
  }

  /// Decides from the first bytes of a document. `complete` says the sample is the whole
  /// document (so a sequence cut at its end is really invalid).
  static func sniff<Bytes: Collection<UInt8>>(_ sample: Bytes, complete: Bool) -> Verdict {
    let bytes = Array(sample.prefix(sampleSize))
    if bytes.starts(with: [0xFF, 0xFE]) { return .text(.utf16LE) }
    if bytes.starts(with: [0xFE, 0xFF]) { return .text(.utf16BE) }
    var controls = 0
    for b in bytes {
      if b == 0 { return .binary }
      // Tab, newlines, form feed and escape (ANSI colours) are normal in text files.
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D && b != 0x1B || b == 0x7F {
        controls += 1
      }
    }
    if controls * 20 > bytes.count { return .binary }
    let cutAtEnd = !complete || sample.count > sampleSize
    return UTF8Validation.isValid(bytes, allowTruncatedEnd: cutAtEnd) ? .text(.utf8) : .text(.windows1252)
  }
}
