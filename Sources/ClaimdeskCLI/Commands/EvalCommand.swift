import ArgumentParser

/// `claimdesk eval ...`: measurements of the engine against labelled data.
struct EvalCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure claim extraction against labelled data.",
    subcommands: [EvalAttributionCommand.self, EvalExtractionSpeedCommand.self])
}
