import ArgumentParser

/// `claimdesk eval ...`: measure the extraction models on labelled data.
struct EvalCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure the models on labelled data.",
    subcommands: [EvalCheckWorthinessCommand.self])
}
