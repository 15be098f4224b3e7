import ArgumentParser
import ClaimdeskExtraction
import ClaimdeskKit

/// The documents `extract` and `check` read, how they read them, and which claims they keep.
struct ExtractionArguments: ParsableArguments {
  @Argument(help: "Documents (plain text, Markdown, HTML files, or http(s) URLs), or - for standard input.")
  var files: [String]

  @OptionGroup var reading: DocumentReadingOptions

  @Option(
    name: .customLong("min-score"),
    help: ArgumentHelp(
      "Record only sentences scoring at least X (0 to 1; default: the workspace's min-score, else \(ExtractionOptions.triageThreshold)).",
      valueName: "x"))
  var minimumScore: Double?

  @Flag(name: .customLong("all-sentences"), help: "Record every sentence that reads as a statement, however low it scores.")
  var allSentences = false

  @Option(
    name: .customLong("max-claims"),
    help: ArgumentHelp(
      "Record at most N claims per document, the first in document order (default \(ExtractionOptions.claimsCap)); the rest are counted and reported. A sentence over \(ClaimExtractor.sentenceLengthCap) characters is not prose and gives no claim.",
      valueName: "n"))
  var maxClaims: Int = ExtractionOptions.claimsCap

  @OptionGroup(title: "Fetching (when a document is a URL)") var network: NetworkOptions

  func validate() throws {
    if let minimumScore, !(0...1).contains(minimumScore) { throw ValidationError("--min-score must be between 0 and 1.") }
    if minimumScore != nil && allSentences { throw ValidationError("--min-score and --all-sentences contradict each other; give one.") }
    if maxClaims < 1 { throw ValidationError("--max-claims must be at least 1.") }
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    if files.count > 1 && (reading.title != nil || reading.url != nil) {
      throw ValidationError("--title and --url describe one document; give one file with them.")
    }
  }

  /// Reads one document (fetching it when it is a URL) and extracts its claims: recorded through
  /// `workbench`, or only read when it is nil (a dry run), then reports the reader's warnings.
  func extract(_ file: String, with workbench: Workbench?) async throws -> ExtractionResult {
    let context = CommandContext.current
    var input = try await DocumentInput.load(file, network: network, snapshots: workbench?.workspace.sourcesDirectory)
    input.bytes = DocumentInput.inflatingGzip(input.bytes)
    var settings = reading.extractionOptions(minimumScore: try threshold(workbench), dryRun: workbench == nil)
    settings.format = input.format(settings.format)
    settings.page = input.page
    settings.maxClaims = maxClaims
    let result = try workbench?.extract(input.bytes, origin: file, options: settings, scorer: ShippedScorer.current)
      ?? Workbench.read(input.bytes, origin: file, options: settings, scorer: ShippedScorer.current)
    for warning in result.document.warnings { context.standardError.write("claimdesk: warning: \(warning)\n") }
    if result.sentenceCount == 0 { context.standardError.write("claimdesk: note: \(file) holds no sentences\n") }
    return result
  }

  /// The score a sentence needs: 0 with --all-sentences, else --min-score, else the workspace's
  /// `min-score` setting, else the triage default.
  func threshold(_ workbench: Workbench?) throws -> Double {
    if allSentences { return 0 }
    if let minimumScore { return minimumScore }
    if let workbench, let configured = try WorkspaceConfig.load(from: workbench.workspace).minimumScore { return configured }
    return ExtractionOptions.triageThreshold
  }
}
