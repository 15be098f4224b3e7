import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskExtraction

struct EvalCheckWorthinessCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkworthiness",
    abstract: "Measure the check-worthiness model.",
    discussion: """
      A CT24-style .tsv: precision, recall and F1 of the check-worthy class at the shipped \
      threshold, and average precision, of the shipped model. A folder (or files) of CLEF 2019 \
      transcripts: the model is retrained leaving each file out, and the mean average \
      precision over files is printed, trained on the other files alone and with CT24 train \
      (less exact duplicates of the held-out sentences) as well.
      """)

  @Option(help: "A CT24 .tsv, or a CLEF 2019 .tsv file or folder.")
  var data: String

  @Option(help: "CT24 train for the leave-one-file-out run; by default ../../ct24/train.tsv beside a CLEF folder.")
  var ct24: String?

  @Option(help: "Evaluate only the first N transcript files (a quicker run).")
  var limit: Int?

  @Flag(help: "Measure the model extraction scores with (the shipped model with its news residual) on a CT24-style file.")
  var news = false

  func run() async throws {
    let context = CommandContext.current
    let path = context.absolutePath(data)
    let corpora = try CheckWorthinessCorpus.read(path: path)
    let transcripts = corpora.filter { $0.format == .clef2019 }
    if transcripts.isEmpty {
      for corpus in corpora { report(corpus, context: context) }
      return
    }
    let files = Array(transcripts.prefix(limit ?? transcripts.count))
    let ct24Path = ct24.map(context.absolutePath)
      ?? URL(fileURLWithPath: path).appendingPathComponent("../../ct24/train.tsv").standardizedFileURL.path
    let shuffled = FileManager.default.fileExists(atPath: ct24Path)
      ? try CheckWorthinessCorpus.read(file: ct24Path).sentences : nil
    let alone = CheckWorthinessEvaluation.leaveOneFileOut(files)
    let withCT24 = shuffled.map { CheckWorthinessEvaluation.leaveOneFileOut(files, shuffled: $0) }
    let width = max(24, files.map(\.name.count).max() ?? 0)
    var text = "leave-one-file-out on \(files.count) CLEF 2019 files (average precision per file)\n"
    text += pad("file", width) + "  sentences  positives  trained on CLEF" + (withCT24 == nil ? "" : "  CLEF + CT24") + "\n"
    for (i, file) in files.enumerated() {
      let positives = file.sentences.filter(\.isCheckWorthy).count
      text += pad(file.name, width) + left(String(file.sentences.count), 11) + left(String(positives), 11)
      text += left(fixed(alone[i].averagePrecision), 17)
      if let withCT24 { text += left(fixed(withCT24[i].averagePrecision), 13) }
      text += "\n"
    }
    text += pad("MAP", width) + String(repeating: " ", count: 22) + left(fixed(mean(alone)), 17)
    if let withCT24 { text += left(fixed(mean(withCT24)), 13) }
    text += "\n"
    if withCT24 == nil { text += "(no CT24 train at \(ct24Path): the CLEF + CT24 column is left out)\n" }
    context.standardOutput.write(text)
  }

  private func report(_ corpus: CheckWorthinessCorpus, context: CommandContext) {
    let metrics = CheckWorthinessEvaluation.measure(news ? .newsAdapted : .shipped, on: corpus.sentences)
    context.standardOutput.write("""
      \(corpus.name): \(metrics.count) sentences, \(metrics.positives) check-worthy; \(news ? "shipped model with the news residual" : "shipped model"), threshold 0.5
        precision          \(fixed(metrics.precision))
        recall             \(fixed(metrics.recall))
        F1                 \(fixed(metrics.f1))
        average precision  \(fixed(metrics.averagePrecision))

      """)
  }

  private func mean(_ results: [(file: String, averagePrecision: Double)]) -> Double {
    results.isEmpty ? 0 : results.map(\.averagePrecision).reduce(0, +) / Double(results.count)
  }
  private func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
  private func left(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
