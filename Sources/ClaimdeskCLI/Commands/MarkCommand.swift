import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

struct MarkCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Set a claim's status: open, in-progress, verified, false, misleading, unverifiable, dismissed.",
    discussion: "verified, false and misleading need a source (already attached or given with --source); dismissed needs a --note saying why.")

  @Argument(help: "A claim id, or any unique prefix of one.")
  var id: String

  @Argument(help: "The new status.")
  var status: ClaimStatus

  @Option(help: ArgumentHelp("A source: an http(s) URL or a citation (repeatable).", valueName: "url-or-citation"))
  var source: [String] = []

  @Option(help: "Why: recorded with the status change.")
  var note: String?

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    let claim = try workbench.mark(id, status: status, sources: source, note: note)
    let shortID = try workbench.ledger.claim(claim.id).shortID
    CommandContext.current.standardOutput.write("Marked claim \(shortID) \(claim.status.rawValue)\n")
  }
}
