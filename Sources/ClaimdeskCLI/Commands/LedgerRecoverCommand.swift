import ArgumentParser
import ClaimdeskKit

struct LedgerRecoverCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recover",
    abstract: "Move lines beyond claims/HEAD (a write interrupted before its commit) to claims/ledger.jsonl.uncommitted-<time>.",
    discussion: "The next write does the same by itself; nothing committed is touched.")

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    if let aside = try options.workbench().ledger.recover() {
      context.standardOutput.write("Moved the uncommitted lines beyond claims/HEAD to \(aside)\n")
    } else {
      context.standardOutput.write("Nothing to recover: the ledger ends at claims/HEAD\n")
    }
  }
}
