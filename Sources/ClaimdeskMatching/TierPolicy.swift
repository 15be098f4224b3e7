/// Absolute evidence for a query–candidate pair and the thresholds that turn it into a tier.
///
/// Rank fusion uses z-scores, which depend on the rest of the corpus: with a ledger of two
/// claims they say nothing. Tiers therefore use a score computed from the pair alone:
///
///   evidence = cosineWeight · cosine + (1 − cosineWeight) · coverage
///
/// where cosine is the embedding cosine (the better of claim text and title) and coverage
/// is the share of the candidate claim's distinct content terms (analysed: stop words out,
/// stemmed) that the query contains. Both lie in [0, 1] whatever the corpus size, so a
/// threshold means the same for 2 claims as for 14k. Without an encoder the evidence is
/// coverage alone, with its own thresholds.
///
/// Thresholds were chosen on CheckThat! 2021 2A train (998 tweets) over all top-20 pairs,
/// and checked on dev (README, "Tiers"): "same claim" where pairwise precision reaches
/// 0.9 (hybrid: train 0.903, dev 0.941), "related" where cumulative precision is 0.5.
/// The lexical fallback never reaches 0.9 on tweets; its "same claim" is 0.79 train /
/// 0.87 dev precise.
public struct TierPolicy: Sendable, Equatable {
  public var cosineWeight: Double
  public var sameClaimThreshold: Double
  public var relatedThreshold: Double

  public init(cosineWeight: Double, sameClaimThreshold: Double, relatedThreshold: Double) {
    self.cosineWeight = cosineWeight
    self.sameClaimThreshold = sameClaimThreshold
    self.relatedThreshold = relatedThreshold
  }

  /// With embeddings: cosine weight 0.8 had the best average precision on train pairs.
  public static let hybrid = TierPolicy(cosineWeight: 0.8, sameClaimThreshold: 0.60, relatedThreshold: 0.50)
  /// Lexical only: coverage alone.
  public static let lexical = TierPolicy(cosineWeight: 0, sameClaimThreshold: 0.6, relatedThreshold: 0.45)

  public func evidence(cosine: Double?, coverage: Double) -> Double {
    guard let cosine else { return coverage }
    return cosineWeight * max(cosine, 0) + (1 - cosineWeight) * coverage
  }

  public func tier(evidence: Double, agreement: Agreement) -> MatchTier {
    if evidence >= sameClaimThreshold {
      return agreement.figuresDiffer ? .similarDifferentFigure : .sameClaim
    }
    return evidence >= relatedThreshold ? .related : .unrelated
  }
}
