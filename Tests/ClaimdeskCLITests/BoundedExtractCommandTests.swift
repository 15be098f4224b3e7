import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport

/// Hostile sizes, small: a line with no full stop over the sentence length cap records no claim
/// and says so; `--max-claims` caps the claims per document and reports the rest.
@Suite struct BoundedExtractCommandTests {
  static func ledgerSize(_ root: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: root + "/claims/ledger.jsonl")
    return (attributes[.size] as? Int) ?? 0
  }

  @Test func aLineWithoutAFullStopRecordsNoClaim() async throws {
    let root = try await LedgerCommandTests.workspace()
    let path = root + "/wall.txt"
    // 60 KB of words without a full stop: not prose (over the 2,000-character cap).
    let words = String(repeating: "the council voted to cut fares by 31 percent and ", count: 1_200)
    try (words + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let check = await CLIHarness.run(["check", path], in: root, environment: LedgerCommandTests.env)
    #expect(check.status == 0, "\(check.stderr)")
    #expect((check.stdout + check.stderr).contains("1 sentence over the length cap (2000 characters) skipped"))
    let listed = await CLIHarness.run(["list", "--json"], in: root)
    #expect(try JSONParser.parse(listed.stdout).arrayValue?.isEmpty == true)
    // The document.added event alone: no copy of the line in the ledger.
    #expect(try Self.ledgerSize(root) < 2_000)
    let reports = try FileManager.default.contentsOfDirectory(atPath: root + "/reports")
    for report in reports {
      let attributes = try FileManager.default.attributesOfItem(atPath: root + "/reports/" + report)
      #expect(((attributes[.size] as? Int) ?? 0) < 10_000, "\(report)")
    }
  }

  @Test func maxClaimsCapsTheClaimsAndReportsTheRest() async throws {
    let root = try await LedgerCommandTests.workspace()
    let file = try ExtractCommandTests.writeArticle(in: root)
    let dry = await CLIHarness.run(["extract", file, "--dry-run", "--json"], in: root, environment: LedgerCommandTests.env)
    let all = try #require(try JSONParser.parse(dry.stdout).arrayValue).count
    #expect(all >= 2)
    let capped = await CLIHarness.run(["extract", file, "--max-claims", "1"], in: root, environment: LedgerCommandTests.env)
    #expect(capped.status == 0, "\(capped.stderr)")
    #expect(capped.stdout.contains("; \(all - 1) claim\(all - 1 == 1 ? "" : "s") over --max-claims not recorded; 1 claims, recorded 1 new"))
    let listed = await CLIHarness.run(["list", "--json"], in: root)
    #expect(try JSONParser.parse(listed.stdout).arrayValue?.count == 1)
    let bad = await CLIHarness.run(["extract", file, "--max-claims", "0"], in: root)
    #expect(bad.status == 64)
  }
}
