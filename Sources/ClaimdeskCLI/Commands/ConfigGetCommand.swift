import ArgumentParser
import ClaimdeskKit

struct ConfigGetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "get", abstract: "Print a workspace setting.")

  @Argument(help: "publisher or base-url.")
  var key: String

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    guard WorkspaceConfig.keys.contains(key) else { throw WorkspaceConfigError.unknownKey(key) }
    let config = try WorkspaceConfig.load(from: options.workbench().workspace)
    guard let value = config[key] else { throw WorkspaceConfigError.notSet(key) }
    CommandContext.current.standardOutput.write(value + "\n")
  }
}
