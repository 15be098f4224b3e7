import ClaimdeskTestSupport
import Foundation
import Testing

/// `claimdesk train-news` refuses bad input in one line (the real training runs in
/// scripts/check-generated, which regenerates the shipped residual byte for byte).
@Suite struct TrainNewsCommandTests {
  @Test func badLabelsAndMissingPagesAreOneLineErrors() async throws {
    let root = try TestData.temporaryDirectory("train-news").path
    try Data("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"label\": \"maybe\"}\n".utf8)
      .write(to: URL(fileURLWithPath: root + "/bad.jsonl"))
    let bad = await CLIHarness.run(["train-news", "--labels", "bad.jsonl", "--pages", root, "--out", "r.swift"], in: root)
    #expect(bad.status == 65)
    #expect(bad.stderr == "claimdesk: error: bad.jsonl:1: \"label\" must be one of claim, non-claim, furniture, unsure; each line must be {\"page\", \"unit\", \"label\"}\n")

    try Data("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"label\": \"claim\"}\n".utf8)
      .write(to: URL(fileURLWithPath: root + "/good.jsonl"))
    let missing = await CLIHarness.run(["train-news", "--labels", "good.jsonl", "--pages", root, "--out", "r.swift"], in: root)
    #expect(missing.status == 66)
    #expect(missing.stderr == "claimdesk: error: \(root)/p.html.gz: no such file\n")
    #expect(!FileManager.default.fileExists(atPath: root + "/r.swift"))
  }
}
