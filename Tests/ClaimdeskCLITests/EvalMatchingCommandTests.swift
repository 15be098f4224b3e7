import ClaimdeskTestSupport
import Foundation
import Testing

/// `claimdesk eval matching` on a corpus small enough to rank by hand, by words alone.
@Suite struct EvalMatchingCommandTests {
  static func files() throws -> String {
    let dir = try TestData.temporaryDirectory("eval-matching").path
    try """
      vclaim_id\tvclaim\ttitle
      v-fries\tMcDonald's is offering $1 fries of any size\tAny size fries for a dollar?
      v-moon\tThe moon landing was filmed in a studio\tWas the moon landing staged?
      v-vote\tThe council voted 7-2 to cut bus fares\tDid the council cut fares?

      """.write(toFile: dir + "/claims.tsv", atomically: true, encoding: .utf8)
    try """
      tweet_id\ttweet_text
      q1\tWow @McDonalds any size fries for $1 this week!! https://t.co/x
      q2\tthey filmed the moon landing in a studio #fake

      """.write(toFile: dir + "/queries.tsv", atomically: true, encoding: .utf8)
    try "q1\t0\tv-fries\t1\nq2\t0\tv-moon\t1\n".write(toFile: dir + "/qrels.tsv", atomically: true, encoding: .utf8)
    return dir
  }

  @Test func printsTheFiguresAndWritesATRECRun() async throws {
    let dir = try Self.files()
    let result = await CLIHarness.run(
      ["eval", "matching", "--corpus", "claims.tsv", "--queries", "queries.tsv", "--qrels", "qrels.tsv", "--lexical-only",
       "--run", "run.txt", "--depth", "2"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("3 claims, 2 queries, lexical (BM25); matcher built in ") == true)
    #expect(lines.last?.hasPrefix("MAP@1 1.0000  MAP@5 1.0000  recall@20 1.0000  queries/s ") == true)
    let run = try String(contentsOfFile: dir + "/run.txt", encoding: .utf8).split(separator: "\n")
    #expect(run.count == 4)
    #expect(run.first?.hasPrefix("q1\tQ0\tv-fries\t1\t") == true && run.first?.hasSuffix("\tclaimdesk-bm25") == true)
  }

  @Test func aBadQrelsFileSaysWhere() async throws {
    let dir = try Self.files()
    try "q1 v-fries\n".write(toFile: dir + "/qrels.tsv", atomically: true, encoding: .utf8)
    let result = await CLIHarness.run(
      ["eval", "matching", "--corpus", "claims.tsv", "--queries", "queries.tsv", "--qrels", "qrels.tsv", "--lexical-only"], in: dir)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("claimdesk: error: ") && result.stderr.contains("qrels.tsv"))
  }
}
