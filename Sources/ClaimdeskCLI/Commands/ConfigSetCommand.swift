import ArgumentParser
import ClaimdeskKit

struct ConfigSetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Set a workspace setting: publisher NAME, base-url URL, min-score X (0 to 1: the score a sentence needs to become a claim), or model DIR (the sentence encoder's folder).")

  @Argument(help: "publisher, base-url, min-score, model or ledger.")
  var key: String

  @Argument(help: "The value.")
  var value: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    // A model folder is kept absolute: commands run from anywhere in the workspace.
    let value = key == "model" ? CommandContext.current.absolutePath(value) : value
    try WorkspaceConfig.set(key, value, in: workbench.workspace)
    CommandContext.current.standardOutput.write("Set \(key) to \(value)\n")
  }
}
