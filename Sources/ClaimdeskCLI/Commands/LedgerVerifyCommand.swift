import ArgumentParser
import ClaimdeskKit

struct LedgerVerifyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Recompute every hash and the chain, replay every event, and check claims/HEAD (and signed checkpoints).")

  @Flag(name: .customLong("since-last"), help: "Hash only the lines added since the last full run (recorded in claims/verified).")
  var sinceLast = false

  @Option(
    name: .customLong("public-key"),
    help: ArgumentHelp("Check every signed checkpoint in claims/checkpoints.jsonl with this public key (FILE.pub from keygen).", valueName: "file"))
  var publicKey: String?

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let ledger = try options.workbench().ledger
    let report = try ledger.verify(
      sinceLast: sinceLast, publicKeyFile: publicKey.map(context.absolutePath))
    for note in report.notes { context.standardError.write("claimdesk: note: \(note)\n") }
    context.standardOutput.write(
      "\(ledger.storeName): ok: \(report.events) events, \(report.documents) documents, \(report.claims) claims; head \(report.lastHash.prefix(12))\n")
  }
}
