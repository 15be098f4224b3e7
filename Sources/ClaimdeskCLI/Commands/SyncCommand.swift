import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

struct SyncCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Record a worksheet's ticked verdicts, notes and added sources in the ledger.",
    discussion: """
      Shows what will change, then records claim.status, claim.note and claim.source events \
      attributed to the actor. A claim whose events changed since the worksheet was written is a \
      conflict: it is reported and left alone, and the other claims still sync. When every claim \
      synced, the worksheet is rewritten from the ledger (same claims), ready for the next round.
      """)

  @Argument(help: "The worksheet (written by `claimdesk report`).")
  var file: String

  @Flag(name: .customLong("dry-run"), help: "Show what would change; write nothing.")
  var dryRun = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let out = context.standardOutput
    let workbench = try options.workbench()
    let text = String(decoding: try NamedInput.bytes(file), as: UTF8.self)
    let reading = try WorksheetReader.read(text, file: file)
    let plan = try WorksheetSync.plan(reading, state: workbench.state(), file: file)
    guard !plan.items.isEmpty else {
      out.write("Nothing to sync: the ledger already holds every edit in \(file).\n")
      return
    }
    var synced = 0
    var changes = 0
    var failed: [String] = []
    for item in plan.items {
      out.write("claim \(item.shortID):\n")
      if let newer = item.conflict {
        out.write(
          "  conflict: changed since the worksheet was written (now \(item.current.rawValue); \(newer.actor) at \(newer.at): \(newer.summary))\n"
            + "  not synced: run `claimdesk report --force` to see the claim as it is now, then redo the edit\n")
        failed.append(item.shortID)
        continue
      }
      for change in item.changes { out.write("  " + describe(change, from: item.current) + "\n") }
      guard !dryRun else { continue }
      do {
        try WorksheetSync.apply(item, with: workbench)
        synced += 1
        changes += item.changes.count
      } catch let failure as ClaimdeskFailure {
        out.write("  not synced: \(failure.description)\n")
        failed.append(item.shortID)
      }
    }
    let pending = plan.items.count - failed.count
    if dryRun {
      out.write("Dry run: \(pending) claim\(pending == 1 ? "" : "s") would change; nothing written.\n")
    } else {
      out.write("Synced \(synced) claim\(synced == 1 ? "" : "s") (\(changes) change\(changes == 1 ? "" : "s")) as \(workbench.actor).\n")
    }
    if !failed.isEmpty { throw WorksheetError.notSynced(file: file, claims: failed) }
    if !dryRun && file != "-" { try refresh(reading, with: workbench, context: context) }
  }

  /// Rewrites the worksheet from the ledger: its edits are all recorded now, and a worksheet
  /// left behind the ledger would make the reviewer's next edit a conflict with their own sync.
  private func refresh(_ reading: WorksheetReading, with workbench: Workbench, context: CommandContext) throws {
    let text = try workbench.refreshedWorksheet(reading, generator: ReportCommand.generator(context))
    try workbench.writeWorksheet(text, to: context.absolutePath(file), shown: file, force: true)
    context.standardOutput.write("Rewrote \(file) from the ledger.\n")
  }

  private func describe(_ change: WorksheetChange, from current: ClaimStatus) -> String {
    switch change {
    case .status(let status): "status \(current.rawValue) -> \(status.rawValue)"
    case .note(let text): "note: \(text)"
    case .source(let reference): "source: \(reference)"
    }
  }
}
