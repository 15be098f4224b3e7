import ClaimdeskKit
import Testing

@testable import ClaimdeskCLI
@testable import ClaimdeskSupport

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

@Suite struct HelpTests {
  /// The command list, in the order a newcomer meets the work (help wraps the abstracts to the
  /// terminal, so the names are checked, not the wrapping).
  @Test func topLevelHelpListsTheCommandsInWorkflowOrder() async {
    let result = await CLIHarness.run(["--help"])
    #expect(result.status == 0)
    let section = result.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
    let names = section.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(names == [
      "init", "check", "extract", "add", "list", "show", "mark", "assign", "match", "factchecks", "note", "source", "fetch", "report", "sync",
      "export", "serve", "users", "status", "config", "sentences", "text", "score", "ledger", "fetch-url", "train", "train-news", "eval", "See",
    ])
  }

  @Test(arguments: [
    (["mark", "--help"], "USAGE: claimdesk mark <id> [<status>] [--source <url-or-citation> ...] [--note <note>] [--same-as <id-or-url>] [--workspace <dir>] [--actor <actor>]"),
    (["match", "--help"], "USAGE: claimdesk match [<words> ...] [--claim <claim>] [--top <top>] [--reject] [--note <note>] [--json] [--workspace <dir>] [--actor <actor>]"),
    (["factchecks", "import", "--help"], "USAGE: claimdesk factchecks import <files> ... [--workspace <dir>] [--actor <actor>]"),
    (["eval", "matching", "--help"], "USAGE: claimdesk eval matching --corpus <corpus> --queries <queries> --qrels <qrels> [--run <run>] [--lexical-only] [--depth <depth>]"),
    (["source", "add", "--help"], "USAGE: claimdesk source add <id> <source> ... [--workspace <dir>] [--actor <actor>]"),
    (["ledger", "verify", "--help"], "USAGE: claimdesk ledger verify [--since-last] [--public-key <file>] [--workspace <dir>] [--actor <actor>]"),
  ])
  func usageLines(arguments: [String], usage: String) async {
    let result = await CLIHarness.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").map(String.init).contains(usage), "\(result.stdout)")
  }
}

@Suite struct HelpExampleTests {
  /// The commands a reviewer uses most end their help with examples, each a runnable line.
  @Test(arguments: ["check", "extract", "mark", "match", "fetch", "report", "sync", "export"])
  func helpEndsWithExamples(_ command: String) async {
    for arguments in [[command, "--help"], ["help", command]] {
      let result = await CLIHarness.run(arguments)
      #expect(result.status == 0)
      let examples = result.stdout.components(separatedBy: "\n\nEXAMPLES:\n")
      #expect(examples.count == 2, "\(arguments): \(result.stdout)")
      let lines = (examples.last ?? "").split(separator: "\n")
      #expect(lines.count >= 4 && lines.filter { $0.hasPrefix("  claimdesk \(command) ") || $0.contains("| claimdesk \(command) ") }.count >= 2, "\(lines)")
    }
  }

  @Test func otherHelpHasNoExamples() async {
    let result = await CLIHarness.run(["note", "--help"])
    #expect(!result.stdout.contains("EXAMPLES:"))
  }
}
