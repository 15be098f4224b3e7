import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

struct MarkCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Set a claim's status: open, in-progress, verified, false, misleading, unverifiable, dismissed.",
    discussion: """
      verified, false and misleading need a source (already attached or given with --source); \
      dismissed needs a --note saying why. With --same-as, the claim takes the verdict of an \
      earlier claim or fact-check it repeats (see `show`), which is recorded as its source; \
      the status may then be left out.
      """)

  @Argument(help: "A claim id, or any unique prefix of one.")
  var id: String

  @Argument(help: "The new status (optional with --same-as).")
  var status: ClaimStatus?

  @Option(help: ArgumentHelp("A source: an http(s) URL or a citation (repeatable).", valueName: "url-or-citation"))
  var source: [String] = []

  @Option(help: "Why: recorded with the status change.")
  var note: String?

  @Option(
    name: .customLong("same-as"),
    help: ArgumentHelp("Adopt the verdict of an earlier claim (id prefix) or fact-check (URL) this claim repeats.", valueName: "id-or-url"))
  var sameAs: String?

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    guard status != nil || sameAs != nil else { throw ValidationError("Missing expected argument '<status>'") }
    if sameAs != nil, !source.isEmpty { throw ValidationError("--same-as records the earlier verdict as the source; leave out --source.") }
  }

  func run() async throws {
    let workbench = try options.workbench()
    let claim =
      if let sameAs {
        try workbench.markSameAs(id, other: sameAs, status: status, note: note)
      } else {
        try workbench.mark(id, status: status!, sources: source, note: note)
      }
    let shortID = try workbench.ledger.claim(claim.id).shortID
    CommandContext.current.standardOutput.write("Marked claim \(shortID) \(claim.status.rawValue)\n")
  }
}
