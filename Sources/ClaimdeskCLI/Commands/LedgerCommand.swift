import ArgumentParser
import ClaimdeskKit

struct LedgerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ledger", abstract: "Check the claims ledger.", subcommands: [Verify.self])

  struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Recompute the hash chain, check it against claims/HEAD, and replay every event.")

    @OptionGroup var options: WorkspaceOptions

    func run() async throws {
      let context = CommandContext.current
      let report = try options.workbench().ledger.verify()
      for note in report.notes { context.standardError.write("claimdesk: note: \(note)\n") }
      context.standardOutput.write(
        "claims/ledger.jsonl: ok: \(report.events) events, \(report.documents) documents, \(report.claims) claims; head \(report.lastHash.prefix(12))\n")
    }
  }
}
