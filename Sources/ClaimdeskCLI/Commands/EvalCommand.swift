import ArgumentParser

/// `claimdesk eval ...`: measurements of the engine against labelled data.
struct EvalCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure the check-worthiness model, claim extraction and claim matching on labelled data.",
    subcommands: [
      EvalCheckWorthinessCommand.self, EvalAttributionCommand.self, EvalExtractionSpeedCommand.self, EvalTriageCommand.self,
      EvalSpeakersCommand.self, EvalMatchingCommand.self,
    ])
}
