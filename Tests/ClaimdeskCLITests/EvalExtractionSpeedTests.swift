import ClaimdeskTestSupport
import Foundation
import Testing

@Suite struct EvalExtractionSpeedTests {
  @Test func timesTheRulesOverAFile() async throws {
    let dir = try TestData.temporaryDirectory()
    let text = String(repeating: "Crime fell 5% in 2014, the mayor said. I think so.\n", count: 20)
    try text.write(to: dir.appendingPathComponent("prose.txt"), atomically: true, encoding: .utf8)
    let result = await CLIHarness.run(["eval", "extraction-speed", "prose.txt", "--repeats", "1"], in: dir.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("bytes \(text.utf8.count) sentences 40 claims 40 seconds "))
    #expect(result.stdout.contains(" cpu-MB/s "))
  }

  @Test func missingFileIsNoInput() async throws {
    let result = await CLIHarness.run(["eval", "extraction-speed", "absent.txt"], in: try TestData.temporaryDirectory().path)
    #expect(result.status == 66)
    #expect(result.stderr.hasPrefix("claimdesk: error: cannot read "))
  }
}
