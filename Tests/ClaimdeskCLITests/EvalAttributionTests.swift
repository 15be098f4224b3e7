import ClaimdeskTestSupport
import Foundation
import Testing

/// `claimdesk eval attribution` on the shipped labels (eval/attribution-labels.jsonl) against
/// the AEB articles in ../shared/data, and its refusals of bad label files.
@Suite struct EvalAttributionTests {
  static let labels = TestData.packageRoot.appendingPathComponent("eval/attribution-labels.jsonl").path

  static func articles() throws -> String { try TestData.shared("extraction/aeb/ground-truth.json").path }

  @Test(.requires(.sharedData)) func printsPrecisionAndRecallOfEachFigure() async throws {
    let articles = try Self.articles()
    let result = await CLIHarness.run(["eval", "attribution", "--data", Self.labels, "--articles", articles])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 15)
    #expect(lines[0].hasPrefix("attribution: ") && lines[0].hasSuffix(" sentences from 8 articles"))
    let names = lines.dropFirst(2).map { $0.split(separator: " ").first.map(String.init) ?? "" }
    #expect(names == ["speaker", "hedges", "quantity", "comparison", "temporal", "universal", "causal", "law", "event",
                      "quote", "prediction", "opinion", "kinds"])
    // A floor under the measured figures (README), so a regression in the rules shows here.
    let quote = lines.first { $0.hasPrefix("quote ") }?.split(separator: " ").compactMap { Double($0) } ?? []
    #expect(quote.count >= 2 && quote[0] >= 0.9 && quote[1] >= 0.9)
  }

  @Test(arguments: [
    ("{\"article\": \"x\", \"start\": 5, \"end\": 2}\n", "x.jsonl:1: \"start\" and \"end\" must be offsets"),
    ("\n{\"article\": \"nope\", \"start\": 0, \"end\": 2, \"kinds\": [\"gossip\"]}\n", "x.jsonl:2: unknown kind \"gossip\""),
    ("{\"article\": \"nope\", \"start\": 0, \"end\": 2}\n", "x.jsonl:1: article nope is not in"),
  ])
  func refusesBadLabels(_ content: String, _ message: String) async throws {
    let dir = try TestData.temporaryDirectory()
    try content.write(to: dir.appendingPathComponent("x.jsonl"), atomically: true, encoding: .utf8)
    try "{}".write(to: dir.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
    let result = await CLIHarness.run(["eval", "attribution", "--data", "x.jsonl", "--articles", "a.json"], in: dir.path)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("claimdesk: error: " + message), "\(result.stderr)")
  }

  @Test func missingLabelsFileIsNoInput() async throws {
    let dir = try TestData.temporaryDirectory()
    let result = await CLIHarness.run(["eval", "attribution", "--data", "absent.jsonl"], in: dir.path)
    #expect(result.status == 66)
  }
}
