import Foundation

/// The rule by which a labelled string counts as recorded: after normalising both sides (runs of
/// white space to one space, curly quotes and apostrophes to straight ones, outer quotes and
/// trailing `.,;:` dropped, case folded), a recorded claim's text or its sentence contains the
/// labelled string, or the labelled string contains the claim's text.
public enum TriageMatch {
  public static func normalised(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" "); pendingSpace = false }
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": out.append("'")
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": out.append("\"")
      default: out.unicodeScalars.append(scalar)
      }
    }
    let trimmed = out.lowercased().trimmingCharacters(in: .init(charactersIn: "\"' .,;:"))
    return trimmed
  }

  /// Whether the (normalised) label is recorded by a claim with this (normalised) text and sentence.
  public static func records(label: String, claimText: String, sentence: String) -> Bool {
    guard !label.isEmpty, !claimText.isEmpty else { return false }
    return claimText.contains(label) || sentence.contains(label) || label.contains(claimText)
  }

  /// Whether the label's text is recorded through the claim's own text (not only its sentence).
  public static func overlaps(label: String, claimText: String) -> Bool {
    guard !label.isEmpty, !claimText.isEmpty else { return false }
    return claimText.contains(label) || label.contains(claimText)
  }

  /// Speakers compare by their last word (the surname, or "Council" of an organisation; a
  /// "Jr." or "III" after it left out), case folded; nil matches only nil.
  public static func sameSpeaker(_ labelled: String?, _ recorded: String?) -> Bool {
    switch (labelled, recorded) {
    case (nil, nil): return true
    case (let a?, let b?): return lastWord(a) == lastWord(b)
    default: return false
    }
  }

  static func lastWord(_ name: String) -> String {
    var words = normalised(name).split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" && $0 != "&" }
    // "Patrick Carlineo Jr.": a generational suffix is not the surname.
    if words.count > 1, let last = words.last, generationalSuffixes.contains(String(last)) { words.removeLast() }
    return words.last.map(String.init) ?? ""
  }

  private static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
}
