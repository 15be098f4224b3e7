/// Text that came from a document, a page or the ledger, made safe to print on a terminal:
/// control characters (C0, DEL, C1) and bidirectional-override marks are shown as visible
/// `\u{…}` escapes, so a claim holding "\u{1B}[2J" cannot clear the screen, and one holding
/// U+202E cannot reorder what the reviewer reads.
enum TerminalText {
  static func escaped(_ text: String) -> String {
    // Most cells are plain ASCII: look at the bytes before touching scalars.
    guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar.value) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func isUnsafe(_ value: UInt32) -> Bool {
    switch value {
    case 0x00..<0x20, 0x7F...0x9F: return true
    // Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
