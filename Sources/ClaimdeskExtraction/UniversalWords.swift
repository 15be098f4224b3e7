/// The words that make a statement universal ("every", "never", "no one"): one list for the
/// extractor's lexicon and for the advice read off hand-typed claims.
public enum UniversalWords {
  public static let all = [
    "every", "each", "all", "always", "never", "none", "nobody", "everyone", "everybody", "everything", "nothing",
    "noone", "no-one",
  ]

  /// Lowercased words, for lookups.
  public static let set: Set<String> = Set(all)
}
