/// Ranking quality of a run against qrels, as the CheckThat! 2021 task 2 scorer computes
/// it: AP@k = Σ over relevant documents in the top k of precision at their rank, divided
/// by the number of relevant documents; MAP@k its mean over queries. Queries in the qrels
/// but absent from the run score 0 (a missing answer is a wrong one).
public struct RetrievalMetrics: Sendable, Equatable {
  public let queryCount: Int
  public let map1: Double
  public let map5: Double
  public let recall20: Double
  /// Mean reciprocal rank of the first relevant document anywhere in the run.
  public let mrr: Double

  /// `run[qid]` is the ranked document ids for the query.
  public init(run: [String: [String]], qrels: Qrels) {
    var sums = (map1: 0.0, map5: 0.0, recall20: 0.0, mrr: 0.0)
    for (qid, relevant) in qrels.relevant {
      let ranked = run[qid] ?? []
      sums.map1 += Self.averagePrecision(ranked, relevant, k: 1)
      sums.map5 += Self.averagePrecision(ranked, relevant, k: 5)
      sums.recall20 += Self.recall(ranked, relevant, k: 20)
      if let first = ranked.firstIndex(where: relevant.contains) { sums.mrr += 1 / Double(first + 1) }
    }
    let n = Double(max(qrels.relevant.count, 1))
    queryCount = qrels.relevant.count
    map1 = sums.map1 / n
    map5 = sums.map5 / n
    recall20 = sums.recall20 / n
    mrr = sums.mrr / n
  }

  public static func averagePrecision(_ ranked: [String], _ relevant: Set<String>, k: Int) -> Double {
    guard !relevant.isEmpty else { return 0 }
    var hits = 0
    var sum = 0.0
    for (i, doc) in ranked.prefix(k).enumerated() where relevant.contains(doc) {
      hits += 1
      sum += Double(hits) / Double(i + 1)
    }
    return sum / Double(relevant.count)
  }

  public static func recall(_ ranked: [String], _ relevant: Set<String>, k: Int) -> Double {
    guard !relevant.isEmpty else { return 0 }
    return Double(ranked.prefix(k).filter(relevant.contains).count) / Double(relevant.count)
  }
}
