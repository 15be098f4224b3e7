import ClaimdeskTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func createsTheWorkspaceRecordsAndWritesTheWorksheet() async throws {
    let root = try TestData.temporaryDirectory("check").path
    let file = try ExtractCommandTests.writeArticle(in: root)
    let first = await CLIHarness.run(["check", file, "--workspace", root + "/ws", "--top", "1"], in: root, environment: LedgerCommandTests.env)
    #expect(first.status == 0, "\(first.stderr)")
    let lines = first.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Created workspace \(root)/ws")
    #expect(lines[1].hasPrefix("\(file) (Council cuts fares): 4 sentences read, "))
    #expect(lines[1].hasSuffix(" new)"))
    #expect(lines[2].hasPrefix("1. ["))
    #expect(lines.last == "Worksheet: ws/reports/council-cuts-fares.md")  // relative to the working folder
    #expect(FileManager.default.fileExists(atPath: root + "/ws/reports/council-cuts-fares.md"))

    let again = await CLIHarness.run(["check", file, "--workspace", root + "/ws"], in: root, environment: LedgerCommandTests.env)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.split(separator: "\n").first?.hasSuffix("(0 new)") == true)
  }

  /// The example that defines the product: the universal claim first, with what would prove it wrong.
  @Test(.requires(.sharedData)) func seedArticleTellsTheReviewerWhatWouldProveItWrong() async throws {
    let root = try TestData.temporaryDirectory("check-seed").path
    let path = try TestData.shared("seed/kerry-jerusalem-2015.txt").path
    let result = await CLIHarness.run(["check", path, "--date", "2015-11-24", "--workspace", root], in: root)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let top = try #require(lines.first { $0.hasPrefix("1. [") })
    #expect(top.hasSuffix("Every U.S. administration since 1967 has opposed Israeli settlement activity (Mark Toner)"))
    let advice = try #require(lines.first { $0.hasPrefix("   - ") })
    #expect(advice.contains("Look for one U.S. administration since 1967 that has not opposed"))
  }
}
