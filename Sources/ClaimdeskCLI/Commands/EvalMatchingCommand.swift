import ArgumentParser
import ClaimdeskKit
import ClaimdeskMatching
import Foundation

/// `claimdesk eval matching`: CheckThat!-style retrieval figures of seen-before matching.
struct EvalMatchingCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matching",
    abstract: "Print MAP@1, MAP@5, recall@20 and queries/s of claim matching on a labelled set.",
    discussion: """
      The corpus is a fact-check file as `factchecks import` reads it (the CheckThat! \
      verified_claims.tsv included); queries are `id<TAB>text` with a header line (tweets: \
      URLs, handles and hashtags' # are stripped for the word half); qrels are TREC \
      `qid 0 docid relevance`. Each query is encoded and matched as `match` does, inside the \
      timed loop; the corpus vectors come from the embedding cache when it holds them \
      (${XDG_CACHE_HOME:-~/.cache}/claimdesk/embeddings).
      """)

  @Option(help: "The claims to search: ClaimReview JSON-LD, CSV or TSV.")
  var corpus: String

  @Option(help: "Queries, `id<TAB>text` with a header line.")
  var queries: String

  @Option(help: "Relevance judgements, TREC qrels.")
  var qrels: String

  @Option(help: "Write a TREC run file (`qid Q0 docid rank score tag`) here.")
  var run: String?

  @Flag(name: .customLong("lexical-only"), help: "Match by words alone (BM25), without the sentence encoder.")
  var lexicalOnly = false

  @Option(help: "Candidates ranked per query.")
  var depth = 20

  func run() async throws {
    let context = CommandContext.current
    let records = try FactCheckImporter.records(contentsOf: URL(fileURLWithPath: context.absolutePath(corpus)))
    let documents = records.enumerated().map { $1.matchDocument(fallbackID: "line-\($0 + 2)") }
    let queryList = try QueryFile.read(context.absolutePath(queries))
    let judgements = try Qrels(contentsOf: URL(fileURLWithPath: context.absolutePath(qrels)))
    var embedding: (any SentenceEmbedding)?
    if !lexicalOnly {
      let model = MatchingModel.locate(configured: nil, environment: context.environment)
      SeenBeforeOutput.note(model.note)
      embedding = model.embedding
    }
    let buildStart = Date()
    let matcher = HybridMatcher(
      documents: documents, embedding: embedding, cache: EmbeddingCache(directory: EmbeddingCache.defaultDirectory(environment: context.environment)))
    let built = Date().timeIntervalSince(buildStart)
    let start = Date()
    var results: [(qid: String, ranked: [(id: String, score: Double)])] = []
    for query in queryList {
      results.append((query.id, matcher.match(query.text, top: depth).map { ($0.id, $0.score) }))
    }
    let elapsed = max(Date().timeIntervalSince(start), 1e-9)
    var ranked: [String: [String]] = [:]
    for result in results { ranked[result.qid] = result.ranked.map(\.id) }
    let metrics = RetrievalMetrics(run: ranked, qrels: judgements)
    let mode = matcher.isHybrid ? "hybrid (words and meaning)" : "lexical (BM25)"
    let vectors = matcher.isHybrid ? (matcher.vectorsFromCache ? ", vectors from the cache" : ", vectors computed and cached") : ""
    context.standardOutput.write(
      "\(documents.count) claims, \(queryList.count) queries, \(mode); matcher built in \(String(format: "%.1f", built)) s\(vectors)\n")
    context.standardOutput.write(
      String(
        format: "MAP@1 %.4f  MAP@5 %.4f  recall@20 %.4f  queries/s %.1f\n", metrics.map1, metrics.map5, metrics.recall20,
        Double(queryList.count) / elapsed))
    if let run {
      let path = context.absolutePath(run)
      do {
        try TRECRunWriter.write(results, tag: matcher.isHybrid ? "claimdesk-hybrid" : "claimdesk-bm25", to: URL(fileURLWithPath: path))
      } catch {
        throw MatchingError.invalidFile(path, line: nil, "cannot write the run file (\(error))")
      }
    }
  }
}
