import ArgumentParser
import ClaimdeskEvidence
import ClaimdeskKit

struct LedgerPushCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "push",
    abstract: "Copy this workspace's ledger into an empty PostgreSQL database, creating its tables.",
    discussion: """
      The ledger is verified first and the copy after; the bytes are the same. The password comes \
      from PGPASSWORD or ~/.pgpass. Then `claimdesk init --ledger URL` makes a workspace on it.
      """)

  @Argument(help: ArgumentHelp("postgres://USER@HOST:PORT/DB", valueName: "url"))
  var url: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    // Snapshots first: the events cite them, and a failure here leaves no events to push over.
    let snapshots = try SnapshotTransfer.push(SnapshotFolder(directory: workbench.workspace.sourcesDirectory), to: url)
    let factChecks = try FactCheckTransfer.push(workbench.workspace, to: url)
    let report = try LedgerTransfer.push(workbench.ledger, to: url)
    context.standardOutput.write(
      "Pushed \(report.events) events to \(url): ok: \(report.documents) documents, \(report.claims) claims; head \(report.lastHash.prefix(12))\n")
    if snapshots > 0 { context.standardOutput.write("Pushed \(snapshots) WARC snapshots from claims/sources/ with them.\n") }
    if factChecks > 0 { context.standardOutput.write("Pushed \(factChecks) fact-check files from claims/factchecks/ with them.\n") }
  }
}
