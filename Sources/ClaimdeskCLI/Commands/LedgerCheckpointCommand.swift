import ArgumentParser
import ClaimdeskKit

struct LedgerCheckpointCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkpoint",
    abstract: "Verify the ledger, then sign its head (seq and hash) with an Ed25519 key into claims/checkpoints.jsonl.")

  @Option(help: ArgumentHelp("The private key (from `claimdesk ledger keygen`), kept outside the workspace.", valueName: "file"))
  var key: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let head = try workbench.ledger.checkpoint(keyFile: context.absolutePath(key), at: workbench.now)
    context.standardOutput.write("Signed event \(head.seq) (\(head.hash.prefix(12))) into claims/checkpoints.jsonl\n")
  }
}
