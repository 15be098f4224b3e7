import ClaimdeskMatching
import Foundation

// matching-eval: CheckThat!-style evaluation of ClaimdeskMatching (see EvalOptions.usage).

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("matching-eval: \(message)\n".utf8))
  exit(1)
}

func seconds(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

let options: EvalOptions
do {
  options = try EvalOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
  fail("\(error)\n\(EvalOptions.usage)")
}

let documents: [MatchDocument]
do {
  let records = try FactCheckImporter.records(contentsOf: URL(fileURLWithPath: options.corpus))
  documents = records.enumerated().map { $1.matchDocument(fallbackID: "line-\($0 + 2)") }
} catch {
  fail("\(error)")
}

let embedding: (any SentenceEmbedding)? = {
  if options.lexicalOnly { return nil }
  if !options.vectors.isEmpty {
    do {
      return try PrecomputedEmbedding(files: options.vectors.map { URL(fileURLWithPath: $0) })
    } catch {
      fail("\(error)")
    }
  }
  return options.useEncoder ? EncoderHook.load() : nil
}()

if let dump = options.dumpTexts {
  // Everything the encoder would be asked for, one per line ("\" and newlines escaped).
  let cleaner = options.configuration.denseQueryCleaner
  var texts = HybridMatcher.embeddedTexts(documents)
  if !options.queries.isEmpty {
    let queries = (try? QueryFile.read(options.queries)) ?? []
    texts += queries.map { cleaner?.clean($0.text) ?? $0.text }
  }
  let escaped = texts.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") }
  try! (escaped.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
  print("wrote \(texts.count) texts to \(dump)")
  exit(0)
}

let queries: [(id: String, text: String)]
let qrels: Qrels
do {
  queries = try QueryFile.read(options.queries)
  qrels = try Qrels(contentsOf: URL(fileURLWithPath: options.qrels))
} catch {
  fail("\(error)")
}

let cache = options.useCache ? EmbeddingCache(directory: EmbeddingCache.defaultDirectory()) : nil

/// CPU seconds this process has used: on a machine shared with other builds, wall-clock
/// rates understate the code's speed, so both are printed.
func cpuSeconds() -> Double {
  Double(clock()) / Double(CLOCKS_PER_SEC)
}

/// Runs every query. With `queryVectors` (a sweep) the encoder is skipped; otherwise each
/// query is cleaned, encoded and matched inside the timed loop, as a user's would be.
func evaluate(_ configuration: MatchingConfiguration, quiet: Bool, queryVectors: [[Float]]? = nil)
  -> (RetrievalMetrics, [(String, [MatchCandidate])], Double)
{
  let buildStart = DispatchTime.now()
  let buildCPU = cpuSeconds()
  let matcher = HybridMatcher(documents: documents, configuration: configuration, embedding: embedding, cache: cache)
  let buildTime = seconds(since: buildStart)
  let buildCPUTime = cpuSeconds() - buildCPU
  let start = DispatchTime.now()
  let startCPU = cpuSeconds()
  var results: [(String, [MatchCandidate])] = []
  for (i, query) in queries.enumerated() {
    if let queryVectors {
      let candidates = matcher.match(preparedQuery: matcher.preparedQuery(query.text), queryVector: queryVectors[i], top: options.depth)
      results.append((query.id, candidates))
    } else {
      results.append((query.id, matcher.match(query.text, top: options.depth)))
    }
  }
  let elapsed = seconds(since: start)
  let elapsedCPU = cpuSeconds() - startCPU
  var run: [String: [String]] = [:]
  for (qid, candidates) in results { run[qid] = candidates.map(\.id) }
  let metrics = RetrievalMetrics(run: run, qrels: qrels)
  if !quiet {
    let mode = matcher.isHybrid ? "hybrid (\(embedding!.digest))" : "lexical (BM25)"
    print("corpus \(documents.count) documents, \(queries.count) queries, mode \(mode)")
    print(String(format: "matcher built in %.2f s (%.2f s CPU)%@", buildTime, buildCPUTime, matcher.isHybrid ? (matcher.vectorsFromCache ? " (vectors from cache)" : " (vectors computed)") : ""))
    print(String(format: "%d queries in %.2f s wall, %.2f s CPU: %.1f queries per CPU-second", queries.count, elapsed, elapsedCPU, Double(queries.count) / max(elapsedCPU, 1e-9)))
  }
  return (metrics, results, Double(queries.count) / max(elapsed, 1e-9))
}

func report(_ m: RetrievalMetrics, qps: Double, label: String = "") {
  print(String(format: "%@MAP@1 %.4f  MAP@5 %.4f  recall@20 %.4f  MRR %.4f  queries/s %.1f", label, m.map1, m.map5, m.recall20, m.mrr, qps))
}

if options.sweep {
  guard let embedding else { fail("--sweep needs --vectors or --encoder") }
  let cleaner = options.configuration.denseQueryCleaner
  let vectors = embedding.embed(queries.map { cleaner?.clean($0.text) ?? $0.text })
  for step in 0...20 {
    var configuration = options.configuration
    let wl = Double(step) / 20
    configuration.fusion = ScoreFusion(lexicalWeight: wl, denseWeight: 1 - wl)
    let (m, _, qps) = evaluate(configuration, quiet: true, queryVectors: vectors)
    report(m, qps: qps, label: String(format: "lexical %.2f dense %.2f  ", wl, 1 - wl))
  }
  exit(0)
}

let (metrics, results, qps) = evaluate(options.configuration, quiet: false)
report(metrics, qps: qps)

if let runPath = options.run {
  let tag = embedding == nil ? "claimdesk-bm25" : "claimdesk-hybrid"
  let run = results.map { (qid: $0.0, ranked: $0.1.map { (id: $0.id, score: $0.score) }) }
  do {
    try TRECRunWriter.write(run, tag: tag, to: URL(fileURLWithPath: runPath))
  } catch {
    fail("cannot write \(runPath): \(error)")
  }
}

if options.calibrate {
  TierCalibration.report(results: results, qrels: qrels, hybrid: embedding != nil)
}
