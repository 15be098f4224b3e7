/// How per-field BM25 scores (claim text, title, ...) become one document score.
/// Both are measured on CheckThat! dev (README).
public enum FieldCombination: Sendable, Equatable {
  /// Σ weight·score, like a Lucene BooleanQuery over fields with boosts.
  case weightedSum([Float])
  /// max weight·score, like a dis_max query: one well-matching field is enough.
  case maximum([Float])
}
