import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskLedger
import ClaimdeskReports

/// `claimdesk check FILE...`: the main job in one command: extract, record, write worksheets.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Extract a document's claims, record them and write its verification worksheet.",
    discussion: """
      The one-step start: creates the workspace if needed (--workspace DIR or \
      CLAIMDESK_WORKSPACE, else the one found from here, else the current folder), records the claims like `extract`, writes \
      reports/<document>.md like `report`, and prints the claims most worth checking with what \
      would settle them, and the earlier claims and fact-checks any new claim repeats (seen before).
      """)

  @OptionGroup var input: ExtractionArguments

  @Option(help: "How many of the top claims to summarise per document.")
  var top = 3

  @Flag(help: "Overwrite worksheets even when they hold edits not yet synced.")
  var force = false

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    guard top >= 0 else { throw ValidationError("--top must be 0 or more.") }
  }

  func run() async throws {
    let context = CommandContext.current
    for file in input.files where DocumentInput.isURL(file) { try Workbench.checkURL(file) }
    let workbench = try openWorkspace(context)
    for file in input.files {
      let result = try await input.extract(file, with: workbench)
      let added = result.claims.count(where: \.added)
      let title = result.document.title.map { " (\($0))" } ?? ""
      context.standardOutput.write(
        "\(file)\(title): \(result.triageSummary); \(result.claims.count) claims (\(added) new)\n")
      guard !result.claims.isEmpty else { continue }
      // Matched before the worksheet is written, so that it shows what each claim repeats.
      let newClaims = result.claims.filter(\.added).map(\.id)
      let seen = try workbench.recordSeenBefore(for: newClaims, model: SeenBeforeOutput.model(workbench))
      defer { try? SeenBeforeOutput.write(seen, order: newClaims, workbench: workbench) }
      for worksheet in try workbench.worksheets(document: result.documentID, generator: ReportCommand.generator(context)) {
        let shown = ReportCommand.display(worksheet.defaultPath, from: context.currentDirectory)
        try workbench.writeWorksheet(worksheet.text, to: worksheet.defaultPath, shown: shown, force: force)
        try summarise(worksheet.selection.claims, workbench: workbench)
        context.standardOutput.write("Worksheet: \(shown)\n")
      }
    }
  }

  private func openWorkspace(_ context: CommandContext) throws -> Workbench {
    // A named workspace is created; so is the current folder when none is found from here.
    if let explicit = options.workspace ?? context.environment["CLAIMDESK_WORKSPACE"].flatMap({ $0.isEmpty ? nil : $0 }) {
      let root = context.absolutePath(explicit)
      if try Workspace.create(at: root) { context.standardOutput.write("Created workspace \(root)\n") }
    } else if (try? options.workbench()) == nil {
      if try Workspace.create(at: context.currentDirectory) {
        context.standardOutput.write("Created workspace \(context.currentDirectory)\n")
      }
    }
    return try options.workbench()
  }

  /// The top claims, each with the first steps that would settle it.
  private func summarise(_ claims: [ClaimState], workbench: Workbench) throws {
    let context = CommandContext.current
    let shortIDs = try workbench.ledger.shortIDs()
    for (rank, claim) in ClaimOrder.byScore(claims).prefix(top).enumerated() {
      let score = claim.score.map(Format.score) ?? "-"
      let speaker = claim.speaker.map { " (\($0))" } ?? ""
      context.standardOutput.write("\(rank + 1). [\(shortIDs[claim.id] ?? claim.id)] \(score) \(claim.text)\(speaker)\n")
      for step in CheckAdvice.steps(for: claim).prefix(2) {
        context.standardOutput.write("   - \(step)\n")
      }
    }
  }
}
