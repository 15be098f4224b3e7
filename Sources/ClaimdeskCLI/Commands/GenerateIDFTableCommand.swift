import ArgumentParser
import ClaimdeskEvidence
import ClaimdeskSupport

/// `claimdesk generate-idf-table CORPUS --out FILE`: rebuilds the passage ranker's background
/// term-rarity table. A maintainer's tool, hidden from the command list like the table is from users.
struct GenerateIDFTableCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate-idf-table",
    abstract: "Write the background IDF table of the evidence-passage ranker as Swift source.",
    discussion: """
      The corpus is English prose, one paragraph a line (../shared/data/corpus/prose_5mb.txt \
      for the shipped table). The same corpus gives a byte-identical file.
      """,
    shouldDisplay: false)

  @Argument(help: "The corpus, UTF-8 text.")
  var corpus: String

  @Option(help: "The Swift source file to write.")
  var out: String

  @Option(name: .customLong("max-terms"), help: "How many of the most frequent terms to keep.")
  var maxTerms = 50000

  func run() async throws {
    let context = CommandContext.current
    let text = String(decoding: try NamedInput.bytes(corpus), as: UTF8.self)
    let source = BackgroundIDFTableGenerator.source(corpus: text, maximumTerms: maxTerms)
    try AtomicFile.write(Array(source.utf8), to: context.absolutePath(out))
    context.standardOutput.write("wrote \(out)\n")
  }
}
