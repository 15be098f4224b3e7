/// A ranked match for a query, with the evidence behind its rank and tier.
public struct MatchCandidate: Sendable {
  /// Position of the document in the corpus.
  public let index: Int
  public let id: String
  /// Rank score (fused z-scores, or BM25 when lexical only); comparable within one query.
  public let score: Double
  public let bm25: Double
  /// Embedding cosine, the better of text and title; nil without an encoder.
  public let cosine: Double?
  /// Share of the candidate's content terms that the query contains.
  public let coverage: Double
  /// Corpus-independent evidence (see `TierPolicy`).
  public let evidence: Double
  public let agreement: Agreement
  public let tier: MatchTier
}
