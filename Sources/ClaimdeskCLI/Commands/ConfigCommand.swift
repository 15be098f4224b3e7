import ArgumentParser

struct ConfigCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Read or change workspace settings (publisher, base-url) kept in claims/config.json.",
    subcommands: [ConfigSetCommand.self, ConfigGetCommand.self])
}
