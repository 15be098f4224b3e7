import ArgumentParser
import ClaimdeskKit

struct AddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Record a claim entered by hand.")

  @Argument(help: "The claim, as a checkable statement.")
  var text: String

  @Option(help: "Who made the claim.")
  var speaker: String?

  @Option(help: ArgumentHelp("A source: an http(s) URL or a citation (repeatable).", valueName: "url-or-citation"))
  var source: [String] = []

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    let (id, added) = try workbench.addClaim(text: text, speaker: speaker, sources: source)
    let shortID = try workbench.claim(id).shortID
    CommandContext.current.standardOutput.write(added ? "Added claim \(shortID)\n" : "Claim \(shortID) is already recorded\n")
  }
}
