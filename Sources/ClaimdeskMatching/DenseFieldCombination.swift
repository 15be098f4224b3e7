/// How a document's two cosines (claim text, title) become one dense score.
public enum DenseFieldCombination: Sendable, Equatable {
  /// The better of the two: a tweet may paraphrase either.
  case maximum
  /// textWeight · cos(text) + (1 − textWeight) · cos(title).
  case weighted(textWeight: Float)
}
