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
    let claims = ClaimOrder.byScore(state.orderedClaims.filter { status.isEmpty || status.contains($0.status) })
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    if json {
      var writer = JSONWriter(capacity: claims.count * 600)
      writer.write(.array(claims.map { ClaimJSON.object($0, shortID: shortIDs[$0.id], includeHistory: history) }))
      context.standardOutput.write(bytes: writer.bytes + [0x0A])
      return
    }
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
