import ArgumentParser
import ClaimdeskKit

struct LedgerPullCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pull",
    abstract: "Write this workspace's ledger as DIR/ledger.jsonl and DIR/HEAD (a claims/ folder a file workspace can use).",
    discussion: "DIR must not hold a ledger yet. The ledger is verified first and the files after; the bytes are the same.")

  @Argument(help: ArgumentHelp("The folder to write to.", valueName: "dir"))
  var directory: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let target = context.absolutePath(directory)
    let report = try LedgerTransfer.pull(options.workbench().ledger, into: target)
    context.standardOutput.write(
      "Pulled \(report.events) events to \(target)/ledger.jsonl: ok: \(report.documents) documents, \(report.claims) claims; head \(report.lastHash.prefix(12))\n")
  }
}
