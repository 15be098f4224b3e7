import ArgumentParser
import ClaimdeskKit
import Foundation

/// `claimdesk extract FILE...`: reads documents, finds their checkable claims and records them.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Find the checkable claims in documents and record them in the ledger.")

  @Argument(help: "Documents (plain text, Markdown, HTML files, or http(s) URLs), or - for standard input.")
  var files: [String]

  @OptionGroup var reading: DocumentReadingOptions

  @Option(name: .customLong("min-score"), help: ArgumentHelp("Keep only claims scoring at least X (0 to 1).", valueName: "x"))
  var minimumScore: Double = 0

  @Flag(name: .customLong("dry-run"), help: "Show the claims but write nothing.")
  var dryRun = false

  @Flag(help: "Print the claims as one JSON array.")
  var json = false

  @OptionGroup(title: "Fetching (when a document is a URL)") var network: NetworkOptions

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("Name at least one document, or - for standard input.") }
    guard (0...1).contains(minimumScore) else { throw ValidationError("--min-score must be between 0 and 1.") }
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    if files.count > 1 && (reading.title != nil || reading.url != nil) {
      throw ValidationError("--title and --url describe one document; give one file with them.")
    }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try dryRun ? nil : options.workbench()
    var results: [ExtractionResult] = []
    for (number, file) in files.enumerated() {
      if files.count > 1 && context.errorIsTerminal {
        context.standardError.write("\u{1B}[2K\rreading \(number + 1)/\(files.count): \(file)")
      }
      let input = try await DocumentInput.load(file, network: network, snapshots: workbench?.workspace.sourcesDirectory)
      var settings = reading.extractionOptions(minimumScore: minimumScore, dryRun: dryRun)
      settings.format = input.format(settings.format)
      settings.page = input.page
      let result = try workbench?.extract(input.bytes, origin: file, options: settings, scorer: ShippedScorer.current)
        ?? Workbench.read(input.bytes, origin: file, options: settings, scorer: ShippedScorer.current)
      for warning in result.document.warnings { context.standardError.write("claimdesk: warning: \(warning)\n") }
      if result.sentences.isEmpty { context.standardError.write("claimdesk: note: \(file) holds no sentences\n") }
      results.append(result)
    }
    if files.count > 1 && context.errorIsTerminal { context.standardError.write("\u{1B}[2K\r") }
    let shortIDs = try workbench?.ledger.shortIDs() ?? ClaimIDs.shortest(results.flatMap { $0.claims.map(\.id) })
    if json {
      try printJSON(results, shortIDs: shortIDs)
    } else {
      printTable(results, shortIDs: shortIDs)
    }
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
      context.standardOutput.write("\(result.origin)\(title): \(result.sentences.count) sentences, \(result.claims.count) claims, \(verb)\n")
      guard !result.claims.isEmpty else { continue }
      var table = TextTable()
      table.add(["ID", "SCORE", "KINDS", "SPEAKER", "TEXT"])
      for index in ranked(result) {
        let (claim, id, _) = result.claims[index]
        table.add([shortIDs[id] ?? String(id.prefix(ClaimIDs.minimumShown)), Format.score(claim.score), claim.kinds.joined(separator: ","), claim.speaker ?? "-", claim.text])
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
