import ArgumentParser

/// `claimdesk factchecks ...`: published fact-checks that new claims are matched against.
struct FactChecksCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factchecks",
    abstract: "Import published fact-checks to match new claims against.",
    subcommands: [FactChecksImportCommand.self, FactChecksListCommand.self])
}
