import ArgumentParser
import ClaimdeskKit

struct FactChecksImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Copy files of published fact-checks into the workspace and record them in the ledger.",
    discussion: """
      Reads ClaimReview JSON-LD (one object, an array, an @graph or a DataFeed) or a CSV/TSV \
      table with claim, verdict, url, date and publisher columns (or the CheckThat! layout \
      vclaim_id, vclaim, title). Each file is kept as claims/factchecks/<sha256>.<ext> and named \
      by one factchecks.imported event with its digest and count; importing the same bytes \
      again adds nothing. Claims recorded from then on are matched against them.
      """)

  @Argument(help: "Fact-check files (.json, .jsonld, .csv, .tsv).")
  var files: [String]

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    for file in files {
      let outcome = try workbench.importFactChecks(path: context.absolutePath(file), shown: file)
      let verb = outcome.added ? "imported" : "already imported"
      context.standardOutput.write("\(file): \(outcome.count) fact-check\(outcome.count == 1 ? "" : "s") \(verb) (\(outcome.stored))\n")
    }
  }
}
