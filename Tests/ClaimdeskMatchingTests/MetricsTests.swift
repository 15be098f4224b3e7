import Foundation
import Testing
@testable import ClaimdeskMatching

@Suite struct MetricsTests {
  @Test func toyRun() throws {
    let qrels = try Qrels(parsing: "q1\t0\td1\t1\nq2 0 d3 1\nq3\t0\td9\t1\nq3\t0\td8\t0\n")
    let run = ["q1": ["d2", "d1"], "q2": ["d3"], "q3": ["d7"]]
    let m = RetrievalMetrics(run: run, qrels: qrels)
    #expect(m.queryCount == 3)
    #expect(abs(m.map1 - 1.0 / 3) < 1e-12)
    #expect(abs(m.map5 - 1.5 / 3) < 1e-12)
    #expect(abs(m.recall20 - 2.0 / 3) < 1e-12)
    #expect(abs(m.mrr - 1.5 / 3) < 1e-12)
  }

  @Test func averagePrecisionDividesByAllRelevant() {
    let expected: Double = (1 + 2.0 / 3) / 2
    let ap = RetrievalMetrics.averagePrecision(["a", "x", "b"], ["a", "b"], k: 5)
    #expect(abs(ap - expected) < 1e-12)
    #expect(RetrievalMetrics.averagePrecision(["x", "a"], ["a"], k: 1) == 0)
  }

  @Test func badQrelsLine() {
    #expect(throws: MatchingError.invalidFile("qrels", line: 2, "expected `qid 0 docid relevance`")) {
      try Qrels(parsing: "q1 0 d1 1\nq2 d3\n")
    }
  }

  @Test func trecRunFormat() {
    let text = TRECRunWriter.format([(qid: "q1", ranked: [(id: "d1", score: 2.5), (id: "d2", score: 1)])], tag: "t")
    #expect(text == "q1\tQ0\td1\t1\t2.500000\tt\nq1\tQ0\td2\t2\t1.000000\tt\n")
  }
}
