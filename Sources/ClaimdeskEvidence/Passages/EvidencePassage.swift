/// A passage of a source page that bears on a claim.
public struct EvidencePassage: Sendable, Equatable {
  /// The passage: a paragraph, or a window of sentences from a long one.
  public var text: String
  /// Index into `Document.paragraphs`.
  public var paragraphIndex: Int
  /// Unicode scalar offsets into `Document.text`.
  public var start: Int
  public var end: Int
  /// BM25 with background rarity, cue weights and phrase bonuses, as a share (0...1) of what a
  /// passage stating the whole claim would score.
  public var score: Double
  /// The claim's terms found in the passage (lower case), in the claim's order.
  public var matchedTerms: [String]
  /// Set when the passage states a different number or year for the same thing, e.g.
  /// "claim says 1967, passage says 1968 (since 1968)": a possible contradiction to review.
  public var contradiction: String?

  public init(
    text: String, paragraphIndex: Int, start: Int, end: Int, score: Double, matchedTerms: [String],
    contradiction: String?
  ) {
    self.text = text
    self.paragraphIndex = paragraphIndex
    self.start = start
    self.end = end
    self.score = score
    self.matchedTerms = matchedTerms
    self.contradiction = contradiction
  }
}
