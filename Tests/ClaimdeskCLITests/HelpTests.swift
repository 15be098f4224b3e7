import ClaimdeskKit
import Testing

@testable import ClaimdeskCLI

@Suite struct VersionTests {
  @Test func printsVersion() async {
    let result = await CLIHarness.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == ClaimdeskVersion.current + "\n")
  }

  @Test func unknownSubcommandIsUsageError() async {
    let result = await CLIHarness.run(["frobnicate"])
    #expect(result.status == 64)
  }
}
