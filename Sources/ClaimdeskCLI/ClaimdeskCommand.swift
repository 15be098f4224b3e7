import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskSupport

/// The `claimdesk` command: parses arguments, runs the subcommand, and turns every failure into
/// one `claimdesk: error: ...` line and a sysexits status.
public struct ClaimdeskCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "claimdesk",
    abstract: "Extract checkable claims from news text, verify them, and keep a hash-chained ledger.",
    version: ClaimdeskVersion.current,
    subcommands: [
      InitCommand.self,
      CheckCommand.self,
      ExtractCommand.self,
      AddCommand.self,
      ListCommand.self,
      ShowCommand.self,
      MarkCommand.self,
      AssignCommand.self,
      MatchCommand.self,
      FactChecksCommand.self,
      NoteCommand.self,
      SourceCommand.self,
      FetchCommand.self,
      ReportCommand.self,
      SyncCommand.self,
      ExportCommand.self,
      ServeCommand.self,
      UsersCommand.self,
      StatusCommand.self,
      ConfigCommand.self,
      SentencesCommand.self,
      TextCommand.self,
      ScoreCommand.self,
      LedgerCommand.self,
      FetchURLCommand.self,
      TrainCommand.self,
      TrainNewsCommand.self,
      GenerateIDFTableCommand.self,
      EvalCommand.self,
    ])

  public init() {}

  /// The process entry point.
  public static func runMain() async {
    signal(SIGPIPE, SIG_IGN)
    let status = await run(Array(CommandLine.arguments.dropFirst()))
    Foundation.exit(status)
  }

  /// Runs one command line with the current `CommandContext` and returns the exit status.
  public static func run(_ arguments: [String]) async -> Int32 {
    let context = CommandContext.current
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      return 0
    } catch let failure as ClaimdeskFailure {
      context.standardError.write("\(failure.location ?? "claimdesk"): error: \(failure.description)\n")
      return failure.exitStatus.rawValue
    } catch let exit as ExitCode {
      return exit.rawValue
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        context.standardOutput.write(message.isEmpty ? "" : CommandExamples.appended(to: message) + "\n")
        return 0
      }
      if code == .validationFailure {
        // ArgumentParser says "Error: ..." then the usage; keep the tool's one error style.
        var text = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        if let dashed = dashedText(in: arguments) {
          // "-2+3 buses" reads as options; say so on the error's own line, where it is seen.
          let firstLine = text.prefix { $0 != "\n" }
          text = "\(firstLine) ('\(dashed)' starts with a dash, so it was read as options: put -- before text that starts with one, as in `claimdesk \(arguments[0]) -- '\(dashed)'`)" + text.dropFirst(firstLine.count)
        }
        context.standardError.write("claimdesk: error: \(text)\n")
        return ExitStatus.usage.rawValue
      }
      context.standardError.write("claimdesk: error: \(message)\n")
      return code.rawValue == 1 ? ExitStatus.software.rawValue : code.rawValue
    }
  }

  /// An argument that starts with a dash but reads as text ("-2+3 buses", "-5% in May"), where no
  /// `--` came before it: the likely cause of a usage error.
  static func dashedText(in arguments: [String]) -> String? {
    for argument in arguments {
      if argument == "--" { return nil }
      guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 1 else { continue }
      let body = argument.dropFirst()
      if body.contains(" ") || !body.allSatisfy({ $0.isLetter }) { return argument }
    }
    return nil
  }
}
