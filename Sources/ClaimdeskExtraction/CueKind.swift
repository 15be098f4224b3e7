/// The kind of a cue found in a sentence.
public enum CueKind: String, Sendable, CaseIterable {
  case number, percentage, money, ordinal
  /// A year ("1967") or decade ("1960s"); value "1967".
  case year
  /// An absolute date ("November 24, 2015", "March 2015"); value ISO 8601 ("2015-11-24").
  case date
  /// A date relative to the document's date ("two weeks ago", "this week", "on Tuesday");
  /// value is the resolved ISO date or interval ("2015-11-10", "2015-11-23/2015-11-29") when the
  /// document date is known.
  case relativeDate = "relative-date"
  /// A duration ("for the past two months"); value an ISO interval when anchored, else "P2M".
  case duration
  /// A span from a point up to now ("since 1967"); value "1967/2015-11-24" or "1967/..".
  case span
  /// A frequency ("daily", "every week").
  case frequency
  case universal, comparative, superlative
  /// A change verb: rose, fell, doubled, cut.
  case change
  case causal
  /// Laws, votes, rules, courts.
  case law
  /// A capitalised name, with any titles ("Deputy State Department Spokesman Mark Toner").
  case entity
}
