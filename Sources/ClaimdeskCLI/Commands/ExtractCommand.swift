import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

/// `claimdesk extract FILE...`: reads documents, finds their checkable claims and records them.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Find the checkable claims in documents and record them in the ledger.")

  @OptionGroup var input: ExtractionArguments

  @Flag(name: .customLong("dry-run"), help: "Show the claims but write nothing.")
  var dryRun = false

  @Flag(help: "Print the claims as one JSON array.")
  var json = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    for file in input.files where DocumentInput.isURL(file) { try Workbench.checkURL(file) }
    let workbench = try dryRun ? nil : options.workbench()
    var results: [ExtractionResult] = []
    for (number, file) in input.files.enumerated() {
      if input.files.count > 1 && context.errorIsTerminal {
        context.standardError.write("\u{1B}[2K\rreading \(number + 1)/\(input.files.count): \(file)")
      }
      let result = try await input.extract(file, with: workbench)
      results.append(result)
    }
    if input.files.count > 1 && context.errorIsTerminal { context.standardError.write("\u{1B}[2K\r") }
    // Each new claim against everything recorded before this run (claims and fact-checks).
    let newClaims = results.flatMap { $0.claims.filter(\.added).map(\.id) }
    let seen = try workbench.map { try $0.recordSeenBefore(for: newClaims, model: SeenBeforeOutput.model($0)) }
    let shortIDs = try workbench?.ledger.shortIDs() ?? ClaimIDs.shortest(results.flatMap { $0.claims.map(\.id) })
    if json {
      try printJSON(results, shortIDs: shortIDs)
    } else {
      printTable(results, shortIDs: shortIDs)
      if let seen, let workbench { try SeenBeforeOutput.write(seen, order: newClaims, workbench: workbench) }
    }
    if json { SeenBeforeOutput.note(seen?.note) }
  }

  private func printJSON(_ results: [ExtractionResult], shortIDs: [String: String]) throws {
    var claims: [JSONValue] = []
    // Recorded claims come back from the ledger (history and last event included), so the output
    // is what `show --json` prints; a dry run has only what was extracted.
    let recorded = try dryRun ? nil : options.workbench().state()
    for result in results {
      let states = result.claimStates().map { recorded?.claims[$0.id] ?? $0 }
      for index in ranked(result) {
        claims.append(ClaimJSON.object(states[index], shortID: shortIDs[states[index].id], includeHistory: false))
      }
    }
    var writer = JSONWriter(capacity: claims.count * 600)
    writer.write(.array(claims))
    CommandContext.current.standardOutput.write(bytes: writer.bytes + [0x0A])
  }

  private func printTable(_ results: [ExtractionResult], shortIDs: [String: String]) {
    let context = CommandContext.current
    let width = Int(context.environment["COLUMNS"] ?? "") ?? (context.outputIsTerminal ? 120 : Int.max)
    for result in results {
      let title = result.document.title.map { " (\($0))" } ?? ""
      let added = result.claims.count(where: \.added)
      let verb = dryRun ? "would record" : "recorded \(added) new"
      context.standardOutput.write("\(result.origin)\(title): \(result.triageSummary); \(result.claims.count) claims, \(verb)\n")
      guard !result.claims.isEmpty else { continue }
      var table = TextTable()
      table.add(["ID", "SCORE", "KINDS", "SPEAKER", "TEXT"])
      for index in ranked(result) {
        let (claim, id, _) = result.claims[index]
        table.add([shortIDs[id] ?? String(id.prefix(ClaimIDs.minimumShown)), Format.score(claim.score), claim.kinds.map(\.rawValue).joined(separator: ","), claim.speaker ?? "-", claim.text])
      }
      context.standardOutput.write(table.rendered(maxWidth: width))
    }
  }

  /// Indices of the claims, highest score first, document order among equals.
  private func ranked(_ result: ExtractionResult) -> [Int] {
    result.claims.indices.sorted { a, b in
      let (x, y) = (result.claims[a].claim.score, result.claims[b].claim.score)
      return x != y ? x > y : a < b
    }
  }
}
