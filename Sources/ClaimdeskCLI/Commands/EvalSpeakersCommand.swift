import ArgumentParser
import ClaimdeskExtraction
import ClaimdeskKit
import Foundation

/// `claimdesk eval speakers FILE`: how often extraction names the labelled speaker of news
/// units (`eval/speakers/`).
struct EvalSpeakersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "Print how often extraction names the labelled speaker of news units.",
    discussion: """
      Each page <id>.html.gz is read as `extract --all-sentences --dry-run` reads it. A label's unit \
      is the claim whose text has its digest, else the first claim of the sentence with its \
      sentence digest (the extractor may cut a sentence differently since labelling). A speaker is \
      right when its last word equals the label's (the surname; a Jr., Sr. or II-IV after it left \
      out), or both are none.
      """)

  @Argument(help: "Labels, JSON Lines: {page, unit, sentence, speaker} (digests: see eval/speakers/README.md).")
  var file: String

  @Option(help: "The folder holding the pages as <id>.html.gz (default: extraction/aeb/html of $CLAIMDESK_SHARED_DATA, else of ../shared/data or ../../shared/data).")
  var pages: String?

  @Flag(help: "Also list each unit whose speaker was missed, given where none is labelled, or wrong.")
  var showMisses = false

  func run() async throws {
    let context = CommandContext.current
    let labels = try NewsSpeakerLabel.parse(jsonLines: String(decoding: try NamedInput.bytes(file), as: UTF8.self), path: file)
    let result = try SpeakerEvaluation.run(labels: labels, scorer: ShippedScorer.current, page: SharedDataFolder.aebPages(context, folder: pages))
    let found = result.units - result.notFound
    var out = "speakers: \(result.pages) pages, \(result.units) units labelled, \(result.notFound) not found\n"
    out += "right speaker                      \(result.right) of \(found)"
    if found > 0 { out += String(format: " (%.1f%%)", 100 * Double(result.right) / Double(found)) }
    out += "\n"
    for (what, title) in [("missed", "none given, one labelled"), ("spurious", "one given, none labelled"), ("wrong", "another speaker")] {
      let count = result.misses.filter { $0.what == what }.count
      out += title.padding(toLength: 35, withPad: " ", startingAt: 0) + "\(count)\n"
    }
    if showMisses {
      for m in result.misses {
        out += "\(m.what)\t\(m.page)\tlabel=\(m.labelled ?? "-") given=\(m.given ?? "-")\t\(m.sentence)\n"
      }
    }
    context.standardOutput.write(out)
  }
}
