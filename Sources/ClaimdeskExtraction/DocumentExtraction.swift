import ClaimdeskText

/// What `ClaimExtractor.extractBounded` found in a document: its claims, how many sentences it
/// had, and the text of only those sentences the claims need (each claim's sentence and the
/// prose sentences on either side, its context).
public struct DocumentExtraction: Sendable {
  /// The claims kept, in document order.
  public var claims: [ExtractedClaim] = []
  /// Claims beyond `maxClaims`, counted and not kept.
  public var overCap = 0
  public var sentenceCount = 0
  /// Sentences longer than the extractor's `maxSentenceLength`: not prose.
  public var sentencesOverLength = 0
  /// Sentence index to text, for the claims' sentences and their prose neighbours.
  public var texts: [Int: String] = [:]

  public init() {}
}
