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
    let workbench = try options.workbench()
    let report = try LedgerTransfer.pull(workbench.ledger, into: target)
    context.standardOutput.write(
      "Pulled \(report.events) events to \(target)/ledger.jsonl: ok: \(report.documents) documents, \(report.claims) claims; head \(report.lastHash.prefix(12))\n")
    let snapshots = workbench.workspace.usesDatabaseLedger ? try SnapshotTransfer.pull(workbench.workspace, into: target) : 0
    if snapshots > 0 { context.standardOutput.write("Pulled \(snapshots) WARC snapshots to \(target)/sources/.\n") }
    let factChecks = try FactCheckTransfer.pull(workbench.workspace, into: target)
    if factChecks > 0 { context.standardOutput.write("Pulled \(factChecks) fact-check files to \(target)/factchecks/.\n") }
  }
}
