import ClaimdeskLedger
/// The worksheet's "What to check" advice as plain text, for terminal summaries.
public enum CheckAdvice {
  public static func steps(for claim: ClaimState) -> [String] {
    CheckGuide.steps(for: ClaimFacts(claim)).map(unescaped)
  }

  /// Drops Markdown backslash escapes ("\*" -> "*").
  static func unescaped(_ markdown: String) -> String {
    var out = ""
    var escaping = false
    for character in markdown {
      if character == "\\" && !escaping {
        escaping = true
        continue
      }
      escaping = false
      out.append(character)
    }
    return out
  }
}
