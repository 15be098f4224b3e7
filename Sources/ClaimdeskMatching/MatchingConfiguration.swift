/// Every knob of matching in one value, with defaults chosen on CheckThat! 2021 2A dev
/// (figures in the README). The eval executable overrides them to measure alternatives.
public struct MatchingConfiguration: Sendable {
  public var analyzer: TextAnalyzer
  public var bm25: BM25Parameters
  /// Fields are (claim text, title).
  public var lexicalFields: FieldCombination
  public var denseFields: DenseFieldCombination
  public var fusion: ScoreFusion
  public var hybridTiers: TierPolicy
  public var lexicalTiers: TierPolicy
  public var agreement: AgreementCheck
  /// Strip URLs, handles, hashtags' '#' and tweet signatures from queries for BM25 and
  /// the agreement check.
  public var queryCleaner: TweetCleaner?
  /// The same for the text the encoder sees. Off by default: measured on CheckThat! train
  /// and dev, MiniLM does better on the raw tweet (handles and the signature name carry
  /// who is speaking), while BM25 does better on the cleaned one (README).
  public var denseQueryCleaner: TweetCleaner?

  public init(
    analyzer: TextAnalyzer = .standard,
    bm25: BM25Parameters = BM25Parameters(),
    lexicalFields: FieldCombination = .maximum([1, 1]),
    denseFields: DenseFieldCombination = .maximum,
    fusion: ScoreFusion = ScoreFusion(lexicalWeight: 0.15, denseWeight: 0.85),
    hybridTiers: TierPolicy = .hybrid,
    lexicalTiers: TierPolicy = .lexical,
    agreement: AgreementCheck = AgreementCheck(),
    queryCleaner: TweetCleaner? = TweetCleaner(),
    denseQueryCleaner: TweetCleaner? = nil
  ) {
    self.analyzer = analyzer
    self.bm25 = bm25
    self.lexicalFields = lexicalFields
    self.denseFields = denseFields
    self.fusion = fusion
    self.hybridTiers = hybridTiers
    self.lexicalTiers = lexicalTiers
    self.agreement = agreement
    self.queryCleaner = queryCleaner
    self.denseQueryCleaner = denseQueryCleaner
  }
}
