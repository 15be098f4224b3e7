import ClaimdeskLedger
import ClaimdeskSupport
/// The rating scale of our ClaimReview export: 1 (worst) to 5 (best), the scale schema.org's
/// `Rating` and Google's fact-check markup expect, with `alternateName` always set.
///
/// | status        | alternateName  | ratingValue |
/// |---------------|----------------|-------------|
/// | false         | False          | 1           |
/// | misleading    | Misleading     | 2           |
/// | verified      | True           | 5           |
/// | unverifiable  | Unverifiable   | (none)      |
///
/// 3 and 4 are unused (we record no "half true"). Unverifiable has no number on purpose: it is not
/// a point between false and true, and a 3 would read as "half true"; its rating carries only the
/// name. Open, in-progress and dismissed claims are not exported at all.
public enum ClaimReviewRating {
  public static let best = 5
  public static let worst = 1

  /// The rating of a verdict; nil for a status that is not a verdict.
  public static func rating(for status: ClaimStatus) -> (name: String, value: Int?)? {
    switch status {
    case .false: return ("False", 1)
    case .misleading: return ("Misleading", 2)
    case .verified: return ("True", 5)
    case .unverifiable: return ("Unverifiable", nil)
    case .open, .inProgress, .dismissed: return nil
    }
  }

  static func object(for status: ClaimStatus) -> JSONValue? {
    guard let rating = rating(for: status) else { return nil }
    var o: [String: JSONValue] = ["@type": "Rating", "alternateName": .string(rating.name)]
    if let value = rating.value {
      o["ratingValue"] = .int(value)
      o["bestRating"] = .int(best)
      o["worstRating"] = .int(worst)
    }
    return .object(o)
  }
}
