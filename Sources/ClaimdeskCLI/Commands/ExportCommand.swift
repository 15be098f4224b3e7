import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskSupport

struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export claims as ClaimReview JSON-LD (claims with a verdict), CSV or JSON Lines.",
    discussion: """
      ClaimReview ratings: false 1, misleading 2, verified ("True") 5 on a 1-5 scale; unverifiable \
      carries only its name. The publisher and base URL come from `claimdesk config set publisher \
      NAME` / `config set base-url URL`, or from --publisher and --base-url.
      """)

  @Option(help: "What to write.")
  var format: ExportFormat

  @Option(help: "Only claims with this status (repeatable).")
  var status: [ClaimStatus] = []

  @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
  var out: String?

  @Option(help: ArgumentHelp("The reviewing organisation (ClaimReview).", valueName: "name"))
  var publisher: String?

  @Option(name: .customLong("base-url"), help: ArgumentHelp("Where review pages live; the claim id is appended (ClaimReview).", valueName: "url"))
  var baseURL: String?

  @Flag(name: .customLong("allow-unverified"), help: "Read on, with a warning, when claims/HEAD does not match its line (to look at a damaged ledger; `claimdesk ledger verify` says what is wrong).")
  var allowUnverified = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench().allowingUnverifiedReads(allowUnverified)
    let (bytes, count) = try workbench.export(
      format, statuses: status, publisher: publisher, baseURL: baseURL)
    guard let out else { return context.standardOutput.write(bytes: bytes) }
    try OutputGuard.check(context.absolutePath(out), shown: out)
    try AtomicFile.write(bytes, to: context.absolutePath(out))
    context.standardOutput.write("Exported \(count) claim\(count == 1 ? "" : "s") to \(out)\n")
  }
}

// ExportFormat lives in the workbench (same package), so this is no retroactive conformance.
extension ExportFormat: ExpressibleByArgument {}
