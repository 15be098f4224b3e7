import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports

struct ListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List claims, highest check-worthiness first.")

  @Option(help: "Only claims with this status (repeatable).")
  var status: [ClaimStatus] = []

  @Option(help: ArgumentHelp("Only claims assigned to NAME (`none`: to nobody).", valueName: "name"))
  var assigned: String?

  @Flag(help: "Print a JSON array of claims.")
  var json = false

  @Flag(help: "With --json, include each claim's history.")
  var history = false

  @Flag(name: .customLong("allow-unverified"), help: "Read on, with a warning, when claims/HEAD does not match its line (to look at a damaged ledger; `claimdesk ledger verify` says what is wrong).")
  var allowUnverified = false

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let listing = try options.workbench().allowingUnverifiedReads(allowUnverified).listing()
    let statuses = Set(status)
    let assigned = self.assigned
    let chosen: @Sendable (ClaimState) -> Bool = { claim in
      guard statuses.isEmpty || statuses.contains(claim.status) else { return false }
      guard let assigned else { return true }
      return assigned == "none" ? claim.assignee == nil : claim.assignee == assigned
    }
    if json {
      try ClaimJSON.writeArray(listing, where: chosen, includeHistory: history) {
        context.standardOutput.write(bytes: $0)
      }
      context.standardOutput.write("\n")
      return
    }
    let rows = try listing.compactMap { claim, shortID in
      chosen(claim)
        ? [shortID, claim.status.rawValue, claim.score.map { Format.score($0) } ?? "-", claim.speaker ?? "-", claim.text]
        : nil
    }
    guard !rows.isEmpty else {
      context.standardOutput.write(listing.count == 0 ? "No claims yet: `claimdesk extract FILE` or `claimdesk add TEXT` records some.\n" : "No claims match.\n")
      return
    }
    var table = TextTable()
    table.add(["ID", "STATUS", "SCORE", "SPEAKER", "TEXT"])
    for row in rows { table.add(row) }
    context.standardOutput.write(table.rendered())
  }
}
