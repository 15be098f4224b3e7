import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

struct ShowCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one claim with its sources, notes and history.")

  @Argument(help: "A claim id, or any unique prefix of one (at least 4 digits).")
  var id: String

  @Flag(help: "Print the claim as a JSON object.")
  var json = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let (claim, shortID) = try workbench.claim(id)
    // The earlier claims it repeats, as they are now (their status may have changed since).
    var earlier: [String: (claim: ClaimState, shortID: String)] = [:]
    for match in claim.seenBefore {
      if case .claim(let other) = match.target { earlier[other] = try? workbench.ledger.claim(other) }
    }
    if json {
      let statuses = earlier.mapValues { $0.claim.status.rawValue }
      let object = ClaimJSON.object(claim, shortID: shortID, includeHistory: true, statuses: statuses)
      context.standardOutput.write(bytes: JSONWriter.encode(object) + [0x0A])
      return
    }
    let lines = claim.seenBefore.map { match in
      guard case .claim(let other) = match.target else { return SeenBeforeText.line(match) }
      return SeenBeforeText.line(match, shortID: earlier[other]?.shortID, status: earlier[other]?.claim.status.rawValue)
    }
    context.standardOutput.write(ClaimDescription.text(claim, shortID: shortID, seenBefore: lines))
  }
}
