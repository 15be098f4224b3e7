import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskExtraction

struct TrainCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train the check-worthiness model and write it as Swift source.",
    discussion: """
      --data takes CT24 .tsv files (header Sentence_id, Text, class_label), CLEF 2019 .tsv files \
      (line, speaker, text, 0/1), or folders: a folder holding ct24/train.tsv and \
      clef2019/training/ contributes those (never dev), another folder its .tsv files. The same \
      data and seed give a byte-identical file.
      """)

  @Option(name: .customLong("data"), help: "A data file or folder; repeat for more.")
  var data: [String]

  @Option(help: "The Swift source file to write.")
  var out: String

  @Option(help: "The seed of the training shuffles.")
  var seed: UInt64 = 1

  func run() async throws {
    let context = CommandContext.current
    guard !data.isEmpty else { throw ValidationError("give at least one --data") }
    try OutputGuard.check(context.absolutePath(out), shown: out)
    var corpora: [CheckWorthinessCorpus] = []
    for path in data { corpora += try CheckWorthinessCorpus.read(path: context.absolutePath(path)) }
    let (source, summary) = try CheckWorthinessTrainer(seed: seed).generatedSource(corpora)
    let path = context.absolutePath(out)
    do {
      try Data(source.utf8).write(
        to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CheckWorthinessError.cannotWrite(path: path)
    }
    context.standardOutput.write(summary.joined(separator: "\n") + "\nwrote \(out)\n")
  }
}
