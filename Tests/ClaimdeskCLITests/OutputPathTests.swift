import ClaimdeskTestSupport
import Foundation
import Testing

/// `--out` into the ledger's folder is refused before anything is written (it once replaced the
/// ledger with a CSV file and said "Exported").
@Suite struct OutputPathTests {
  @Test(arguments: [
    ["export", "--format", "csv", "--out", "claims/ledger.jsonl"],
    ["export", "--format", "jsonl", "--out", "claims/HEAD"],
    ["report", "--out", "claims/ledger.jsonl", "--force"],
    ["fetch-url", "--out", "claims", "http://127.0.0.1:9/"],
  ])
  func refusedAndTheLedgerStillVerifies(_ arguments: [String]) async throws {
    let root = try TestData.temporaryDirectory("outpath").path
    _ = await CLIHarness.run(["init", root])
    #expect(await CLIHarness.run(["add", "Fares rose 5% since 2019."], in: root).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: root + "/claims/ledger.jsonl"))
    let result = await CLIHarness.run(arguments, in: root)
    #expect(result.status == 73, "\(result.stdout)\(result.stderr)")
    let out = arguments[arguments.firstIndex(of: "--out")! + 1]
    #expect(result.stderr.hasPrefix("claimdesk: error: refusing to write \(out): it is inside a workspace's claims/ folder"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/claims/ledger.jsonl")) == before)
    #expect(await CLIHarness.run(["ledger", "verify"], in: root).status == 0)
  }
}
