import ArgumentParser
import ClaimdeskKit

struct ConfigSetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Set a workspace setting: publisher NAME, base-url URL, or min-score X (0 to 1: the score a sentence needs to become a claim).")

  @Argument(help: "publisher, base-url, min-score or ledger.")
  var key: String

  @Argument(help: "The value.")
  var value: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    try WorkspaceConfig.set(key, value, in: workbench.workspace)
    CommandContext.current.standardOutput.write("Set \(key) to \(value)\n")
  }
}
