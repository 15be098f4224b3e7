import ClaimdeskMatching
import Foundation

/// Prints what the tier thresholds are chosen from: for each cosine weight, the average
/// precision of the evidence score over all (query, top-20 candidate) pairs, and the
/// thresholds where pairwise precision first drops below 0.9 and 0.5. Every pair counts,
/// not just each query's first: in a ledger of two claims any pair may be the one shown,
/// and the top-20 of 14k hold the hardest negatives a small corpus could offer.
enum TierCalibration {
  struct Pair {
    let cosine: Double?
    let coverage: Double
    let relevant: Bool
    let figuresDiffer: Bool
    let entityCoverage: Double?
  }

  static func report(results: [(String, [MatchCandidate])], qrels: Qrels, hybrid: Bool) {
    var pairs: [Pair] = []
    for (qid, candidates) in results {
      let relevant = qrels.relevant[qid] ?? []
      for c in candidates {
        pairs.append(Pair(cosine: c.cosine, coverage: c.coverage, relevant: relevant.contains(c.id),
                          figuresDiffer: c.agreement.figuresDiffer, entityCoverage: c.agreement.entityCoverage))
      }
    }
    let totalRelevant = qrels.relevant.values.reduce(0) { $0 + $1.count }
    print("calibration: \(pairs.count) pairs, \(pairs.filter(\.relevant).count) relevant in top-\(results.first?.1.count ?? 0) (of \(totalRelevant))")
    let weights: [Double] = hybrid ? [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] : [0]
    for w in weights {
      let policy = TierPolicy(cosineWeight: w, sameClaimThreshold: 0, relatedThreshold: 0)
      let scored = pairs.map { (policy.evidence(cosine: $0.cosine, coverage: $0.coverage), $0) }
        .sorted { $0.0 > $1.0 }
      var hits = 0
      var ap = 0.0
      var cut90: (Double, Double, Double)?
      var cut50: (Double, Double, Double)?
      for (i, (score, pair)) in scored.enumerated() {
        if pair.relevant {
          hits += 1
          ap += Double(hits) / Double(i + 1)
        }
        let precision = Double(hits) / Double(i + 1)
        let recall = Double(hits) / Double(totalRelevant)
        if precision >= 0.9 && i >= 9 { cut90 = (score, precision, recall) }
        if precision >= 0.5 && i >= 9 { cut50 = (score, precision, recall) }
      }
      ap /= Double(max(hits, 1))
      func show(_ cut: (Double, Double, Double)?) -> String {
        guard let cut else { return "none" }
        return String(format: "T %.3f (P %.3f R %.3f)", cut.0, cut.1, cut.2)
      }
      print(String(format: "  cosine weight %.1f: AP %.4f  P>=0.9 at %@  P>=0.5 at %@", w, ap, show(cut90), show(cut50)))
      var grid = "    P/R at"
      for t in stride(from: 0.3, through: 0.9, by: 0.05) {
        let above = scored.filter { $0.0 >= t }
        let rel = above.filter { $0.1.relevant }.count
        grid += String(format: " %.2f:%.2f/%.2f", t, Double(rel) / Double(max(above.count, 1)), Double(rel) / Double(totalRelevant))
      }
      print(grid)
    }
    // The agreement check on relevant vs irrelevant pairs.
    let relevantPairs = pairs.filter(\.relevant)
    let otherPairs = pairs.filter { !$0.relevant }
    func rate(_ list: [Pair], _ test: (Pair) -> Bool) -> String {
      String(format: "%.3f (%d/%d)", Double(list.filter(test).count) / Double(max(list.count, 1)), list.filter(test).count, list.count)
    }
    print("  figures differ: relevant \(rate(relevantPairs) { $0.figuresDiffer })  irrelevant \(rate(otherPairs) { $0.figuresDiffer })")
    print("  entity coverage 0: relevant \(rate(relevantPairs) { $0.entityCoverage == 0 })  irrelevant \(rate(otherPairs) { $0.entityCoverage == 0 })")
    for (qid, candidates) in results {
      let relevant = qrels.relevant[qid] ?? []
      for c in candidates where relevant.contains(c.id) && c.agreement.figuresDiffer {
        print("    relevant but figures differ: \(qid) \(c.id): \(c.agreement.conflicts.map(\.description).joined(separator: "; "))")
      }
    }
    // The configured tiers, as a reviewer would see them.
    var byTier: [MatchTier: (relevant: Int, all: Int)] = [:]
    for (qid, candidates) in results {
      let relevant = qrels.relevant[qid] ?? []
      for c in candidates {
        var entry = byTier[c.tier, default: (0, 0)]
        entry.all += 1
        if relevant.contains(c.id) { entry.relevant += 1 }
        byTier[c.tier] = entry
      }
    }
    for tier in MatchTier.allCases {
      let e = byTier[tier, default: (0, 0)]
      print(String(format: "  tier %@: %d pairs, precision %.3f, recall %.3f", tier.rawValue, e.all,
                   Double(e.relevant) / Double(max(e.all, 1)), Double(e.relevant) / Double(totalRelevant)))
    }
  }
}
