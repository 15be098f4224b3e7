import Foundation

/// Matches a text against a corpus of earlier claims or fact-checks: BM25 over claim text
/// and title, embedding cosine, z-score fusion for the ranking, then the agreement check
/// and an absolute tier for each returned candidate.
///
/// Without an embedding the matcher is lexical: BM25 ranks and coverage sets the tier
/// (`MatchingConfiguration.lexicalTiers`). Immutable after init, so one instance serves
/// concurrent queries.
public final class HybridMatcher: Sendable {
  public let documents: [MatchDocument]
  public let configuration: MatchingConfiguration
  public let embedding: (any SentenceEmbedding)?
  private let lexical: BM25Index
  /// Rows 0..<n: claim texts; rows n..<2n: titles (the text again where a title is empty,
  /// so "max of the two" is never pulled toward an empty string's vector), unless
  /// `hasTitleRows` is false (a corpus without titles: rows 0..<n only).
  private let vectors: EmbeddingMatrix?
  private let hasTitleRows: Bool
  /// True when the corpus vectors came from the cache rather than the encoder.
  public let vectorsFromCache: Bool

  public init(
    documents: [MatchDocument],
    configuration: MatchingConfiguration = MatchingConfiguration(),
    embedding: (any SentenceEmbedding)? = nil,
    cache: EmbeddingCache? = nil
  ) {
    self.documents = documents
    self.configuration = configuration
    self.embedding = embedding
    lexical = Self.lexicalIndex(documents, configuration)
    hasTitleRows = true
    guard let embedding, !documents.isEmpty else {
      vectors = nil
      vectorsFromCache = false
      return
    }
    let texts = Self.embeddedTexts(documents)
    if let cache {
      let result = cache.vectors(modelDigest: embedding.digest, texts: texts) { Self.embedDeduplicated(texts, embedding) }
      vectors = result.matrix
      vectorsFromCache = result.fromCache
    } else {
      vectors = EmbeddingMatrix(vectors: Self.embedDeduplicated(texts, embedding))
      vectorsFromCache = false
    }
  }

  /// A matcher over documents without titles (a ledger's claims) whose text vectors the
  /// caller already has, one row per document in order (see `EmbeddingCache.growingVectors`).
  public init(
    documents: [MatchDocument], configuration: MatchingConfiguration = MatchingConfiguration(),
    embedding: any SentenceEmbedding, textVectors: EmbeddingMatrix
  ) {
    precondition(textVectors.rows == documents.count, "one text vector per document")
    self.documents = documents
    self.configuration = configuration
    self.embedding = embedding
    lexical = Self.lexicalIndex(documents, configuration)
    vectors = documents.isEmpty ? nil : textVectors
    hasTitleRows = false
    vectorsFromCache = false
  }

  /// BM25 over each document's two fields, claim text and title.
  private static func lexicalIndex(_ documents: [MatchDocument], _ configuration: MatchingConfiguration) -> BM25Index {
    let analyzer = configuration.analyzer
    return BM25Index(documents: documents.map { [analyzer.terms($0.text), analyzer.terms($0.title)] }, parameters: configuration.bm25)
  }

  /// What the encoder sees for a corpus: all claim texts, then all titles (text if none).
  public static func embeddedTexts(_ documents: [MatchDocument]) -> [String] {
    documents.map(\.text) + documents.map { $0.title.isEmpty ? $0.text : $0.title }
  }

  /// Embeds each distinct text once (a title-less corpus repeats every text).
  public static func embedDeduplicated(_ texts: [String], _ embedding: any SentenceEmbedding) -> [[Float]] {
    var firstIndex: [String: Int] = [:]
    var unique: [String] = []
    for text in texts where firstIndex[text] == nil {
      firstIndex[text] = unique.count
      unique.append(text)
    }
    let embedded = embedding.embed(unique)
    return texts.map { embedded[firstIndex[$0]!] }
  }

  public var isHybrid: Bool { vectors != nil }

  /// The query as BM25 and the agreement check read it (tweet debris removed).
  public func preparedQuery(_ text: String) -> String {
    configuration.queryCleaner?.clean(text) ?? text
  }

  /// The query as the encoder reads it (see `MatchingConfiguration.denseQueryCleaner`).
  public func denseQuery(_ text: String) -> String {
    configuration.denseQueryCleaner?.clean(text) ?? text
  }

  /// The `top` best candidates for `text`, strongest first. Encodes the query when the
  /// matcher has an embedding.
  public func match(_ text: String, top: Int = 5) -> [MatchCandidate] {
    let vector = isHybrid ? embedding?.embed([denseQuery(text)]).first : nil
    return match(preparedQuery: preparedQuery(text), queryVector: vector, top: top)
  }

  /// As `match`, for a query already prepared (`preparedQuery`) and, optionally, embedded
  /// (from `denseQuery`), so an evaluation can batch the encoder.
  public func match(preparedQuery query: String, queryVector: [Float]?, top: Int) -> [MatchCandidate] {
    let n = documents.count
    guard n > 0, top > 0 else { return [] }
    let terms = configuration.analyzer.terms(query)
    let bm25 = lexical.scores(terms, combination: configuration.lexicalFields)
    var cosines: [Float]?
    if let vectors, let queryVector {
      let all = vectors.dotProducts(queryVector)
      if hasTitleRows {
        var combined = [Float](repeating: 0, count: n)
        switch configuration.denseFields {
        case .maximum:
          for d in 0..<n { combined[d] = max(all[d], all[n + d]) }
        case .weighted(let w):
          for d in 0..<n { combined[d] = w * all[d] + (1 - w) * all[n + d] }
        }
        cosines = combined
      } else {
        cosines = all
      }
    }
    let ranking: [Float]
    if let cosines {
      ranking = configuration.fusion.fuse(lexical: bm25, dense: cosines)
    } else {
      ranking = bm25
    }
    let best = TopK.indices(of: ranking, k: min(top, n))
    let policy = cosines == nil ? configuration.lexicalTiers : configuration.hybridTiers
    let queryTerms = Set(terms)
    let queryFigures = configuration.agreement.queryFigures(query)
    return best.map { d in
      let document = documents[d]
      let coverage = Self.coverage(of: document, by: queryTerms, analyzer: configuration.analyzer)
      let cosine = cosines.map { Double($0[d]) }
      let evidence = policy.evidence(cosine: cosine, coverage: coverage)
      let agreement = configuration.agreement.compare(
        queryFigures: queryFigures, queryText: query, candidate: document.text)
      return MatchCandidate(
        index: d, id: document.id, score: Double(ranking[d]), bm25: Double(bm25[d]), cosine: cosine,
        coverage: coverage, evidence: evidence, agreement: agreement,
        tier: policy.tier(evidence: evidence, agreement: agreement))
    }
  }

  /// Share of the document's distinct claim-text terms found in the query (title terms
  /// when it has no text): does the query say what the earlier claim said?
  static func coverage(of document: MatchDocument, by queryTerms: Set<String>, analyzer: TextAnalyzer) -> Double {
    var terms = Set(analyzer.terms(document.text))
    if terms.isEmpty { terms = Set(analyzer.terms(document.title)) }
    guard !terms.isEmpty else { return 0 }
    return Double(terms.filter { queryTerms.contains($0) }.count) / Double(terms.count)
  }
}
