import ArgumentParser
import ClaimdeskKit
import ClaimdeskExtraction
import Foundation

/// `claimdesk eval triage FILE`: the four triage figures on labelled pages (see
/// eval/triage/GUIDELINE.md), counted on what `extract --dry-run --json` records for each page.
struct EvalTriageCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Print how many labelled claims, speakers, furniture strings and non-claims extraction records.",
    discussion: """
      Each page <id>.html.gz is read as `extract --dry-run --json` reads it, with the same options. \
      A labelled string counts as recorded when a recorded claim's text or sentence contains it, or \
      it contains the claim's text, after normalising both (white space collapsed, curly quotes \
      straightened, outer quotes and trailing punctuation dropped, case folded). A speaker is right \
      when its last word equals the label's (the surname; a Jr., Sr. or II-IV after it left out), or both are none; it is read off the \
      claim holding the labelled words, else off the first claim whose sentence holds them.
      """)

  @Argument(help: "Labels, JSON Lines: {id, url, claims: [{text, speaker}], furniture, nonclaims}.")
  var file: String

  @Option(help: "The folder holding the pages as <id>.html.gz (default: extraction/aeb/html of $CLAIMDESK_SHARED_DATA, else of ../shared/data or ../../shared/data).")
  var pages: String?

  @Option(name: .customLong("min-score"), help: ArgumentHelp("Record claims scoring at least X (default: the triage threshold).", valueName: "x"))
  var minimumScore: Double?

  @Flag(name: .customLong("all-sentences"), help: "Record every sentence, as `extract --all-sentences` does.")
  var allSentences = false

  @Flag(help: "Also list each labelled string that was missed or wrongly recorded.")
  var showMisses = false

  func run() async throws {
    let context = CommandContext.current
    let labels = try TriageLabel.parse(jsonLines: String(decoding: try NamedInput.bytes(file), as: UTF8.self), path: file)
    var options = ExtractionOptions()
    if let minimumScore { options.minimumScore = minimumScore }
    if allSentences { options.minimumScore = 0 }
    let result = try TriageEvaluation.run(
      labels: labels, options: options, scorer: ShippedScorer.current, page: SharedDataFolder.aebPages(context, folder: pages))
    var out = "triage: \(result.pages) pages, \(result.sentences) sentences read, \(result.recordedClaims) claims recorded"
    out += " (min score \(String(format: "%.2f", options.minimumScore)))\n"
    out += "check-worthy claims recorded  \(result.claimsRecorded) of \(result.claims)\n"
    out += "right speaker                 \(result.rightSpeaker) of \(result.claims)\n"
    out += "furniture recorded as claims  \(result.furnitureRecorded) of \(result.furniture)\n"
    out += "non-claims recorded           \(result.nonclaimsRecorded) of \(result.nonclaims)\n"
    if showMisses {
      for m in result.misses { out += "\(m.what)\t\(m.page)\t\(m.text)\t\(m.detail)\n" }
    }
    context.standardOutput.write(out)
  }
}
