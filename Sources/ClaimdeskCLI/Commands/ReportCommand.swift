import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskLedger
import ClaimdeskSupport

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

  @Flag(name: .customLong("allow-unverified"), help: "Read on, with a warning, when claims/HEAD does not match its line (to look at a damaged ledger; `claimdesk ledger verify` says what is wrong).")
  var allowUnverified = false

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench().allowingUnverifiedReads(allowUnverified)
    let worksheets = try workbench.worksheets(
      document: document, statuses: status, claims: claim, minScore: minScore, generator: Self.generator(context))
    guard !worksheets.isEmpty else {
      let none = try workbench.state().claims.isEmpty
      context.standardOutput.write(none ? "No claims yet: nothing to report.\n" : "No claims match: no worksheet written.\n")
      return
    }
    if out != nil && worksheets.count > 1 {
      throw ValidationError(
        "--out needs a single worksheet, but \(worksheets.count) documents have matching claims; name one with --doc ID")
    }
    for worksheet in worksheets {
      if out == "-" {
        context.standardOutput.write(worksheet.text)
        continue
      }
      let path = out.map(context.absolutePath) ?? worksheet.defaultPath
      let shown = out ?? Self.display(path, from: context.currentDirectory)
      try OutputGuard.check(path, shown: shown)
      try workbench.writeWorksheet(worksheet.text, to: path, shown: shown, force: force)
      let count = worksheet.selection.claims.count
      context.standardOutput.write("Wrote \(shown) (\(count) claim\(count == 1 ? "" : "s"))\n")
    }
  }

  /// "claimdesk VERSION", pinned by CLAIMDESK_VERSION so golden worksheets survive a release.
  static func generator(_ context: CommandContext) -> String {
    "claimdesk " + (context.environment["CLAIMDESK_VERSION"] ?? ClaimdeskVersion.current)
  }

  /// A path relative to the working folder when it lies inside it.
  static func display(_ path: String, from directory: String) -> String {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
