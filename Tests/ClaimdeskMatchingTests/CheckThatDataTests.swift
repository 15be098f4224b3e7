import Foundation
import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskMatching

/// End-to-end figures on the CheckThat! 2021 2A data in ../shared/data (beside the project).
enum CheckThatData {
  static var folder: URL { get throws { try TestData.shared("claim-matching/checkthat2021-2a-en") } }
}

@Suite struct CheckThatDataTests {
  @Test(.requires(.sharedData))
  func lexicalDevFigures() throws {
    let records = try FactCheckImporter.records(contentsOf: try CheckThatData.folder.appendingPathComponent("verified_claims.tsv"))
    #expect(records.count == 13_825)
    let matcher = HybridMatcher(documents: records.enumerated().map { $1.matchDocument(fallbackID: "\($0)") })
    let queries = try DelimitedTextReader(delimiter: "\t").records(
      String(contentsOf: try CheckThatData.folder.appendingPathComponent("dev_queries.tsv"), encoding: .utf8), path: "dev_queries.tsv")
    let qrels = try Qrels(contentsOf: try CheckThatData.folder.appendingPathComponent("dev_qrels.tsv"))
    var run: [String: [String]] = [:]
    for row in queries.dropFirst() { run[row.fields[0]] = matcher.match(row.fields[1], top: 20).map(\.id) }
    let metrics = RetrievalMetrics(run: run, qrels: qrels)
    #expect(metrics.queryCount == 199)
    #expect(metrics.map5 >= 0.88, "BM25 dev MAP@5 was 0.893 when written")
  }
}
