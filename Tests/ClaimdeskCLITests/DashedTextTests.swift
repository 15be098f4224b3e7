import ClaimdeskTestSupport
import Testing

@testable import ClaimdeskCLI

/// Text that starts with a dash reads as options; the error says what to do.
@Suite struct DashedTextTests {
  @Test func addSaysToUseDoubleDashBeforeTextStartingWithADash() async throws {
    let root = try TestData.temporaryDirectory("dash").path
    _ = await CLIHarness.run(["init", root])
    let refused = await CLIHarness.run(["add", "-2+3 buses"], in: root)
    #expect(refused.status == 64)
    let first = refused.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasSuffix("('-2+3 buses' starts with a dash, so it was read as options: put -- before text that starts with one, as in `claimdesk add -- '-2+3 buses'`)"), "\(first)")
    #expect(await CLIHarness.run(["add", "--", "-2+3 buses"], in: root).status == 0)
  }

  @Test(arguments: [(["add", "-v"], nil), (["add", "-2+3 buses"], "-2+3 buses"), (["add", "--", "-5% in May"], nil), (["add", "-5% in May"], "-5% in May")] as [([String], String?)])
  func recognisesText(_ arguments: [String], _ dashed: String?) {
    #expect(ClaimdeskCommand.dashedText(in: arguments) == dashed)
  }
}
