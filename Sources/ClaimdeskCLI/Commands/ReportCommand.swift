import ArgumentParser
import ClaimdeskKit
import Foundation

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write Markdown verification worksheets, one per document (reports/<document>.md).",
    discussion: """
      A worksheet is a reviewer's working copy: tick verdicts, write notes and add sources in it, \
      then record them with `claimdesk sync FILE`. report refuses to overwrite a worksheet holding \
      edits not yet synced, unless --force.
      """)

  @Option(name: .customLong("doc"), help: ArgumentHelp("Only this document (an id prefix, or 'manual').", valueName: "id"))
  var document: String?

  @Option(help: "Only claims with this status (repeatable).")
  var status: [ClaimStatus] = []

  @Option(help: ArgumentHelp("Only this claim (an id prefix; repeatable).", valueName: "id"))
  var claim: [String] = []

  @Option(name: .customLong("min-score"), help: ArgumentHelp("Only claims scoring at least this.", valueName: "x"))
  var minScore: Double?

  @Option(help: ArgumentHelp("Write to FILE ('-' for standard output); needs a single document.", valueName: "file"))
  var out: String?

  @Flag(help: "Overwrite worksheets even when they hold edits not yet synced.")
  var force = false

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let state = try workbench.state()
    let claimIDs = try claim.map { try workbench.ledger.resolve($0) }
    let selections = try WorksheetSelection.select(
      from: state, document: document, statuses: status, claimIDs: claimIDs, minScore: minScore)
    guard !selections.isEmpty else {
      context.standardOutput.write(state.claims.isEmpty ? "No claims yet: nothing to report.\n" : "No claims match: no worksheet written.\n")
      return
    }
    if out != nil && selections.count > 1 {
      throw ValidationError("--out needs a single worksheet, but \(selections.count) documents have matching claims; name one with --doc ID")
    }
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    let generator = Self.generator(context)
    for selection in selections {
      let text = WorksheetRenderer.render(
        document: selection.document, claims: selection.claims, shortIDs: shortIDs, generator: generator) + "\n"
      if out == "-" {
        context.standardOutput.write(text)
        continue
      }
      let path = out.map(context.absolutePath) ?? workbench.workspace.reportsDirectory + "/" + selection.fileName
      let shown = out ?? Self.display(path, from: context.currentDirectory)
      if !force { try refuseUnsynced(path, shown: shown, state: state) }
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(Array(text.utf8), to: path)
      let count = selection.claims.count
      context.standardOutput.write("Wrote \(shown) (\(count) claim\(count == 1 ? "" : "s"))\n")
    }
  }

  /// "claimdesk VERSION", pinned by CLAIMDESK_VERSION so golden worksheets survive a release.
  static func generator(_ context: CommandContext) -> String {
    "claimdesk " + (context.environment["CLAIMDESK_VERSION"] ?? ClaimdeskVersion.current)
  }

  /// A worksheet already at `path` may hold a reviewer's work: keep it unless it is all synced.
  private func refuseUnsynced(_ path: String, shown: String, state: LedgerState) throws {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let reading: WorksheetReading
    do {
      reading = try WorksheetReader.read(String(decoding: data, as: UTF8.self), file: shown)
    } catch .notAWorksheet {
      throw LedgerError.refused("\(shown) exists and is not a claimdesk worksheet; move it away or pass --force")
    } catch {
      throw LedgerError.refused(
        "\(shown) holds edits that cannot be read (\(error.diagnostics[0])); fix them and run `claimdesk sync \(shown)`, or pass --force")
    }
    let unsynced = WorksheetSync.unsynced(reading, state: state)
    if !unsynced.isEmpty { throw WorksheetError.unsyncedEdits(file: shown, claims: unsynced) }
  }

  /// A path relative to the working folder when it lies inside it.
  static func display(_ path: String, from directory: String) -> String {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
