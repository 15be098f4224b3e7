import ArgumentParser
import ClaimdeskKit

struct AddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Record a claim entered by hand, scored, typed, attributed and matched against earlier claims like an extracted one.")

  @Argument(help: "The claim, as a checkable statement.")
  var text: String?

  @Option(name: .customLong("from"), help: ArgumentHelp("Add one claim per non-empty line of FILE (- for standard input).", valueName: "file"))
  var from: String?

  @Option(help: "Who made the claim.")
  var speaker: String?

  @Option(name: .customLong("doc"), help: ArgumentHelp("Tie the claim to this recorded document (any unique prefix of its id).", valueName: "id"))
  var document: String?

  @Option(help: ArgumentHelp("A source: an http(s) URL or a citation (repeatable).", valueName: "url-or-citation"))
  var source: [String] = []

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    if (text == nil) == (from == nil) { throw ValidationError("Give either a claim TEXT or --from FILE.") }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let texts = try from.map { try NamedInput.lines($0) } ?? [text ?? ""]
    var newClaims: [String] = []
    for text in texts {
      let result = try workbench.addClaim(
        text: text, speaker: speaker, sources: source, document: document, scorer: ShippedScorer.current)
      if from == nil {
        let shortID = try workbench.claim(result.id).shortID
        context.standardOutput.write(result.added ? "Added claim \(shortID)\n" : "Claim \(shortID) is already recorded\n")
      }
      if result.added { newClaims.append(result.id) }
    }
    if from != nil { context.standardOutput.write("Added \(newClaims.count) claims (\(texts.count - newClaims.count) already recorded)\n") }
    // A claim typed in by hand is as likely to repeat an earlier one as an extracted claim is.
    let seen = try workbench.recordSeenBefore(for: newClaims, model: SeenBeforeOutput.model(workbench))
    try SeenBeforeOutput.write(seen, order: newClaims, workbench: workbench)
  }
}
