import ArgumentParser
import ClaimdeskExtraction
import ClaimdeskKit
import Foundation

/// `claimdesk train-news`: fits the news residual of the check-worthiness model on labelled
/// news units and writes it as Swift source (`ShippedNewsResidual.swift`).
struct TrainNewsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-news",
    abstract: "Adapt the check-worthiness model to news pages from labelled units; write the residual as Swift source.",
    discussion: """
      Each page <id>.html.gz is read as `extract --all-sentences --dry-run` reads it, with the \
      shipped model; each unit whose digest is labelled claim, non-claim or furniture is an \
      example, starting from the score extraction gives it now. The residual's L2 strength is \
      chosen by 5-fold cross-validation over pages. The same labels, pages and seed give a \
      byte-identical file.
      """)

  @Option(help: "Unit labels, JSON Lines: {page, unit, label} (see training/news/README.md).")
  var labels: String

  @Option(help: "The folder holding the pages as <id>.html.gz (default: extraction/aeb/html of $CLAIMDESK_SHARED_DATA, else of ../shared/data or ../../shared/data).")
  var pages: String?

  @Option(help: "The Swift source file to write.")
  var out: String

  @Option(help: "The seed of the cross-validation folds and training shuffles.")
  var seed: UInt64 = 1

  func run() async throws {
    let context = CommandContext.current
    try OutputGuard.check(context.absolutePath(out), shown: out)
    let parsed = try NewsUnitLabel.parse(jsonLines: String(decoding: try NamedInput.bytes(labels), as: UTF8.self), path: labels)
    let set = try NewsAdaptationSet.build(parsed, scorer: .shipped, page: SharedDataFolder.aebPages(context, folder: pages))
    let (source, summary) = try CheckWorthinessAdapter(seed: seed).generatedSource(
      set.examples, threshold: ExtractionOptions.triageThreshold)
    let path = context.absolutePath(out)
    do {
      try Data(source.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CheckWorthinessError.cannotWrite(path: path)
    }
    var text = summary.joined(separator: "\n") + "\n"
    text += "\(set.unsure) units labelled unsure left out; \(set.unmatched) labels matched no unit\n"
    context.standardOutput.write(text + "wrote \(out)\n")
  }
}
