import ArgumentParser
import ClaimdeskKit
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
    let (claim, shortID) = try options.workbench().claim(id)
    if json {
      context.standardOutput.write(bytes: JSONWriter.encode(ClaimJSON.object(claim, shortID: shortID, includeHistory: true)) + [0x0A])
      return
    }
    context.standardOutput.write(ClaimDescription.text(claim, shortID: shortID))
  }
}
