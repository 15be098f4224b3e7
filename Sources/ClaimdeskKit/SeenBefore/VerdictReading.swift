import ClaimdeskLedger

/// The status a published rating means, for adopting a fact-check's verdict (`mark --same-as`).
/// Ratings are free text ("Pants on Fire!", "Mostly False", "Missing context"): the mixed ones
/// are read first, so "mostly false" is misleading, not false. Nil when none fits.
public enum VerdictReading {
  private static let rules: [(words: [String], status: ClaimStatus)] = [
    (["mostly false", "half true", "half-true", "mixture", "mixed", "misleading", "missing context", "partly false",
      "partially false", "partly true", "partially true", "exaggerat", "out of context", "distort", "cherry", "lacks context",
      "needs context", "spin"], .misleading),
    (["unproven", "unverified", "unverifiable", "unsupported", "no evidence", "research in progress", "unsubstantiated",
      "undetermined", "can't be verified", "cannot be verified"], .unverifiable),
    (["pants on fire", "false", "fake", "incorrect", "wrong", "hoax", "not true", "fabricated", "baseless", "scam",
      "untrue", "four pinocchios", "debunked", "inaccurate"], .false),
    (["mostly true", "true", "correct", "accurate", "verified", "confirmed", "legit"], .verified),
  ]

  public static func status(_ verdict: String) -> ClaimStatus? {
    let text = verdict.lowercased()
    return rules.first { rule in rule.words.contains { text.contains($0) } }?.status
  }
}
