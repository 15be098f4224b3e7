import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

struct ExportCommand: AsyncParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case claimreview, csv, jsonl
  }

  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export claims as ClaimReview JSON-LD (claims with a verdict), CSV or JSON Lines.",
    discussion: """
      ClaimReview ratings: false 1, misleading 2, verified ("True") 5 on a 1-5 scale; unverifiable \
      carries only its name. The publisher and base URL come from `claimdesk config set publisher \
      NAME` / `config set base-url URL`, or from --publisher and --base-url.
      """)

  @Option(help: "What to write.")
  var format: Format

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
    let state = try workbench.state()
    let claims = state.orderedClaims.filter { status.isEmpty || status.contains($0.status) }
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    let bytes: [UInt8]
    var count = claims.count
    switch format {
    case .claimreview:
      let config = try WorkspaceConfig.load(from: workbench.workspace)
      let who = try ClaimReviewPublisher.validated(
        name: publisher ?? config["publisher"], baseURL: baseURL ?? config["base-url"])
      bytes = ClaimReviewExporter.export(claims, documents: state.documents, publisher: who)
      count = claims.filter { ClaimReviewRating.rating(for: $0.status) != nil }.count
    case .csv:
      bytes = CSVExporter.export(claims, shortIDs: shortIDs)
    case .jsonl:
      bytes = JSONLinesExporter.export(claims, shortIDs: shortIDs)
    }
    guard let out else { return context.standardOutput.write(bytes: bytes) }
    try AtomicFile.write(bytes, to: context.absolutePath(out))
    context.standardOutput.write("Exported \(count) claim\(count == 1 ? "" : "s") to \(out)\n")
  }
}
