/// Text from the ledger made fit to show: control characters (other than line breaks and tabs)
/// become U+FFFD, so a hostile claim cannot hide text or break the page; Mustache then escapes
/// the HTML characters.
enum Shown {
  static func text(_ raw: String) -> String {
    guard raw.unicodeScalars.contains(where: isHidden) else { return raw }
    var scalars = String.UnicodeScalarView()
    for scalar in raw.unicodeScalars { scalars.append(isHidden(scalar) ? "\u{FFFD}" : scalar) }
    return String(scalars)
  }

  static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
