import Foundation

extension CheckWorthinessAdapter {
  /// Adapts on `examples` and renders the Swift source `claimdesk train-news` writes (the
  /// shipped `ShippedNewsResidual.swift` with `--seed 1`), with the summary it quotes; the
  /// figures are counted at `threshold`, the triage threshold.
  public func generatedSource(
    _ examples: [AdaptationExample], threshold: Double
  ) throws -> (source: String, summary: [String]) {
    let outcome = try adapt(examples)
    let claims = outcome.labels.filter { $0 }.count
    let others = outcome.labels.count - claims
    func recorded(_ scores: [Double], _ wanted: Bool, at cut: Double = threshold) -> Int {
      zip(scores, outcome.labels).filter { $0.0 >= cut && $0.1 == wanted }.count
    }
    let grid = outcome.grid.map { "\($0.l2): \(Self.fixed($0.averagePrecision)) ± \(Self.fixed($0.standardError))" }
      .joined(separator: ", ")
    var summary = [
      "Adapted on \(examples.count) units of \(outcome.pages) pages (\(claims) claims, \(others) other units), seed \(seed).",
      "L2 \(outcome.l2) by \(folds)-fold cross-validation over pages, one-standard-error rule (AP per fold, mean ± standard error: \(grid)).",
      "Out of fold, AP of the claims among the units: \(Self.fixed(RankingMetrics.averagePrecision(scores: outcome.before, labels: outcome.labels))) before, \(Self.fixed(RankingMetrics.averagePrecision(scores: outcome.outOfFold, labels: outcome.labels))) after;",
      "at the triage threshold \(threshold): claims recorded \(recorded(outcome.before, true)) -> \(recorded(outcome.outOfFold, true)) of \(claims), other units \(recorded(outcome.before, false)) -> \(recorded(outcome.outOfFold, false)) of \(others).",
    ]
    let table = stride(from: 0.2, through: 0.5001, by: 0.05).map { t in
      "\(String(format: "%.2f", t)): \(recorded(outcome.outOfFold, true, at: t)) / \(recorded(outcome.outOfFold, false, at: t))"
    }
    summary.append("Out of fold after, claims / other units recorded at other thresholds: \(table.joined(separator: ", ")).")
    return (CheckWorthinessResidualEncoding.swiftSource(outcome.residual, summary: summary), summary)
  }

  private static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
}
