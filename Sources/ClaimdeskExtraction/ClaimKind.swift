/// What kind of statement a claim is. Several may apply; `ExtractedClaim.kinds` lists them in
/// the order of `allCases`, so output is stable.
public enum ClaimKind: String, Sendable, CaseIterable {
  /// A number, percentage, amount of money or count.
  case quantity
  /// A comparative, superlative or a change over time (rose, fell, doubled).
  case comparison
  /// A date, year, duration or span ("since 1967", "two weeks ago").
  case temporal
  /// A universal quantifier: every, all, never, no one.
  case universal
  /// A causal connective: because, led to, as a result.
  case causal
  /// Laws, votes, rules, courts.
  case law
  /// Something that happened: a past or present-perfect action.
  case event
  /// A direct quotation.
  case quote
  /// A prediction or promise: will, would, going to, vowed.
  case prediction
  /// An opinion or first-person feeling: "I think", "we're concerned", "should".
  case opinion
}
