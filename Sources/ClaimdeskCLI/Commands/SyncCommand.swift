import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports

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
    let rewrite = file == "-" ? nil : (path: context.absolutePath(file), generator: ReportCommand.generator(context))
    try workbench.sync(reading, file: file, dryRun: dryRun, rewrite: rewrite) { step in
      out.write(describe(step, actor: workbench.actor))
    }
  }

  private func describe(_ step: WorksheetSyncStep, actor: String) -> String {
    switch step {
    case .nothingToSync:
      return "Nothing to sync: the ledger already holds every edit in \(file).\n"
    case .claim(let item):
      guard let newer = item.conflict else {
        return "claim \(item.shortID):\n" + item.changes.map { "  " + describe($0, from: item.current) + "\n" }.joined()
      }
      return "claim \(item.shortID):\n"
        + "  conflict: changed since the worksheet was written (now \(item.current.rawValue); \(newer.actor) at \(newer.at): \(newer.summary))\n"
        + "  not synced: run `claimdesk report --force` to see the claim as it is now, then redo the edit\n"
    case .refused(_, let reason):
      return "  not synced: \(reason)\n"
    case .finished(let synced, let changes, let pending, _):
      if dryRun { return "Dry run: \(pending) claim\(pending == 1 ? "" : "s") would change; nothing written.\n" }
      return "Synced \(synced) claim\(synced == 1 ? "" : "s") (\(changes) change\(changes == 1 ? "" : "s")) as \(actor).\n"
    case .rewrote:
      return "Rewrote \(file) from the ledger.\n"
    }
  }

  private func describe(_ change: WorksheetChange, from current: ClaimStatus) -> String {
    switch change {
    case .status(let status): "status \(current.rawValue) -> \(status.rawValue)"
    case .note(let text): "note: \(text)"
    case .source(let reference): "source: \(reference)"
    }
  }
}
