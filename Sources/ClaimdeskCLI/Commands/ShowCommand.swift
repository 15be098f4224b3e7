import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

struct ShowCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one claim with its sources, notes and history.")

  @Argument(help: "A claim id, or any unique prefix of one (at least 4 digits).")
  var id: String

  @Flag(help: "Print the claim as a JSON object.")
  var json = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let (claim, shortID) = try workbench.claim(id)
    if json {
      // The earlier claims it repeats, as they are now (their status may have changed since).
      let statuses = SeenBeforeOutput.statuses(claim.seenBefore, workbench: workbench)
      let object = ClaimJSON.object(claim, shortID: shortID, includeHistory: true, statuses: statuses)
      context.standardOutput.write(bytes: JSONWriter.encode(object) + [0x0A])
      return
    }
    let lines = claim.seenBefore.map { SeenBeforeOutput.line($0, workbench: workbench) }
    context.standardOutput.write(ClaimDescription.text(claim, shortID: shortID, seenBefore: lines))
  }
}
