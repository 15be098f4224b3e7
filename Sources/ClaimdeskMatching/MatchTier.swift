/// How a candidate is presented to a reviewer (compare Meedan Check's auto-match /
/// suggest). Ordered from strongest to weakest.
public enum MatchTier: String, Sendable, Comparable, CaseIterable {
  /// Very likely the same claim: its verdict can be offered for adoption.
  case sameClaim = "same claim"
  /// As close as "same claim" but some figure (percent, money, year, date) differs:
  /// the earlier verdict may not carry over.
  case similarDifferentFigure = "similar, different figure"
  /// Worth a look: about the same subject.
  case related
  /// Ranked, but below every threshold; not shown as "seen before".
  case unrelated

  private var order: Int {
    switch self {
    case .sameClaim: 0
    case .similarDifferentFigure: 1
    case .related: 2
    case .unrelated: 3
    }
  }

  public static func < (a: MatchTier, b: MatchTier) -> Bool { a.order < b.order }
}
