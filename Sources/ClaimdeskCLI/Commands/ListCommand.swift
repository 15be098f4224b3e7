import ArgumentParser
import ClaimdeskKit

struct ListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List claims, highest check-worthiness first.")

  @Option(help: "Only claims with this status (repeatable).")
  var status: [ClaimStatus] = []

  @Flag(help: "Print a JSON array of claims.")
  var json = false

  @Flag(help: "With --json, include each claim's history.")
  var history = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let state = try options.workbench().state()
    let chosen = { (claim: ClaimState) in status.isEmpty || status.contains(claim.status) }
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    if json {
      // In pieces: 100,000 claims make some 170 MB of JSON.
      ClaimJSON.writeArray(state, where: chosen, shortIDs: shortIDs, includeHistory: history, chunkSize: 1 << 20) {
        context.standardOutput.write(bytes: $0)
      }
      context.standardOutput.write("\n")
      releaseInBackground(state)
      return
    }
    let claims = ClaimOrder.byScore(state, where: chosen)
    guard !claims.isEmpty else {
      context.standardOutput.write(state.claims.isEmpty ? "No claims yet: `claimdesk extract FILE` or `claimdesk add TEXT` records some.\n" : "No claims match.\n")
      return
    }
    var table = TextTable()
    table.add(["ID", "STATUS", "SCORE", "SPEAKER", "TEXT"])
    for claim in claims {
      table.add([
        shortIDs[claim.id] ?? claim.id, claim.status.rawValue, claim.score.map { Format.score($0) } ?? "-",
        claim.speaker ?? "-", claim.text,
      ])
    }
    context.standardOutput.write(table.rendered())
  }
}
