/// Where a claim stands in review.
public enum ClaimStatus: String, Sendable, CaseIterable, Comparable {
  case open
  case inProgress = "in-progress"
  case verified
  case `false`
  case misleading
  case unverifiable
  /// Not a claim worth checking; needs a note saying why.
  case dismissed

  /// Verdicts that publish a rating, and so need a source a reviewer attached.
  public var needsSource: Bool { self == .verified || self == .false || self == .misleading }

  /// A verdict, as opposed to a working state.
  public var isVerdict: Bool { [.verified, .false, .misleading, .unverifiable].contains(self) }

  public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
