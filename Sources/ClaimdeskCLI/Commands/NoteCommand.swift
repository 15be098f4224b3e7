import ArgumentParser
import ClaimdeskKit

struct NoteCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a claim.")

  @Argument(help: "A claim id, or any unique prefix of one.")
  var id: String

  @Argument(help: "The note.")
  var text: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    let claim = try workbench.note(id, text: text)
    let shortID = try workbench.ledger.claim(claim.id).shortID
    CommandContext.current.standardOutput.write("Noted on claim \(shortID)\n")
  }
}
