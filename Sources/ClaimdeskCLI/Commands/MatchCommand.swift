import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

/// `claimdesk match TEXT | --claim ID`: what a statement repeats, from the ledger's claims and
/// the imported fact-checks; `--reject` records that a shown match is wrong.
struct MatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match",
    abstract: "Find earlier claims and published fact-checks that a statement repeats.",
    discussion: """
      Ranks the ledger's claims and the imported fact-checks (`claimdesk factchecks import`) by \
      words (BM25) and meaning (the all-MiniLM-L6-v2 sentence encoder; words alone when no \
      model is installed), and labels each: same claim, similar (a figure differs), related, \
      or unrelated. With --reject CLAIM REFERENCE, records that one of a claim's seen-before \
      matches is not the same claim; it is no longer shown.
      """)

  @Argument(help: "The statement to match (or --claim ID); with --reject, the claim and the match to reject.")
  var words: [String] = []

  @Option(help: "Match a recorded claim (any unique id prefix) instead of a text.")
  var claim: String?

  @Option(help: "How many candidates to show.")
  var top = 5

  @Flag(help: "Record that the match REFERENCE (an earlier claim's id or a fact-check's URL) of CLAIM is wrong.")
  var reject = false

  @Option(help: "With --reject: why.")
  var note: String?

  @Flag(help: "Print the candidates as a JSON array.")
  var json = false

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    guard top > 0 else { throw ValidationError("--top must be 1 or more.") }
    if reject {
      guard words.count == 2, claim == nil else { throw ValidationError("--reject takes CLAIM REFERENCE: `claimdesk match --reject 1a2b3c https://...`.") }
    } else {
      guard (claim == nil) != words.isEmpty else { throw ValidationError("Give a text to match or --claim ID, not both.") }
    }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    if reject {
      let updated = try workbench.rejectMatch(words[0], reference: words[1], note: note)
      let shortID = try workbench.ledger.claim(updated.id).shortID
      context.standardOutput.write("Rejected \(TerminalText.escaped(words[1])) as a match of claim \(shortID)\n")
      return
    }
    let model = SeenBeforeOutput.model(workbench)
    let found = try claim.map { try workbench.match(claim: $0, top: top, model: model) }
      ?? workbench.match(text: words.joined(separator: " "), top: top, model: model)
    SeenBeforeOutput.note(found.note)
    if json {
      let statuses = SeenBeforeOutput.statuses(found.candidates, workbench: workbench)
      let array = JSONValue.array(found.candidates.map { ClaimJSON.seenBeforeObject($0, statuses: statuses) })
      context.standardOutput.write(bytes: JSONWriter.encode(array) + [0x0A])
      return
    }
    guard !found.candidates.isEmpty else {
      context.standardOutput.write("Nothing to match against: no other claims and no imported fact-checks.\n")
      return
    }
    for (rank, match) in found.candidates.enumerated() {
      let text: String
      switch match.target {
      case .claim(let id): text = (try? workbench.ledger.claim(id).claim.text) ?? ""
      case .factCheck: text = match.claimReviewed ?? ""
      }
      context.standardOutput.write("\(rank + 1). \(TerminalText.escaped(SeenBeforeOutput.line(match, workbench: workbench)))\n")
      context.standardOutput.write("   \(TerminalText.escaped(text))\n")
    }
    context.standardOutput.write("(matched by \(found.method == "hybrid" ? "words and meaning" : "words alone"))\n")
  }
}
