import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskCLI

/// Claim text can hold anything a page or a hand held; what `list` and `show` print must not
/// drive the terminal (clear it, move the cursor, reorder text).
@Suite struct TerminalOutputTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("clear\u{1B}[2J screen", "clear\\u{1B}[2J screen"),
    ("bell\u{07} and del\u{7F}", "bell\\u{7} and del\\u{7F}"),
    ("c1 \u{9B}31m csi", "c1 \\u{9B}31m csi"),
    ("evil \u{202E}txt.exe", "evil \\u{202E}txt.exe"),
    ("Ha\u{2019}aretz café ünïcode", "Ha\u{2019}aretz café ünïcode"),
  ])
  func escapesControls(_ text: String, _ shown: String) {
    #expect(TerminalText.escaped(text) == shown)
  }

  @Test func listAndShowEscapeHostileClaims() async throws {
    let root = try TestData.temporaryDirectory("terminal").path
    _ = await CLIHarness.run(["init", root])
    let add = await CLIHarness.run(["add", "Fares rose 5%\u{1B}[2J since 2019.", "--speaker", "Evil\u{1B}]0;title\u{07}"], in: root)
    #expect(add.status == 0, "\(add.stderr)")
    let id = try #require(add.stdout.split(separator: " ").last).trimmingCharacters(in: .whitespacesAndNewlines)
    for command in [["list"], ["show", id]] {
      let result = await CLIHarness.run(command, in: root)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(!result.stdout.utf8.contains(0x1B) && !result.stdout.utf8.contains(0x07), "\(command): \(result.stdout)")
      #expect(result.stdout.contains("Fares rose 5%\\u{1B}[2J since 2019."), "\(command): \(result.stdout)")
    }
  }
}
