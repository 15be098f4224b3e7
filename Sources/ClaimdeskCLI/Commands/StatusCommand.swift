import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

struct StatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "The workspace at a glance: documents, claims by status, sources not yet fetched, last activity.")

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let state = try workbench.state()
    let claims = state.orderedClaims
    var out = "Workspace \(workbench.workspace.root)\n\n"

    out += "Documents: \(state.documentOrder.count)\n"
    var documents = TextTable()
    for id in state.documentOrder {
      guard let document = state.documents[id] else { continue }
      documents.add(["  " + id.prefix(12), "\(document.claimCount) claim\(document.claimCount == 1 ? "" : "s")", document.title ?? document.origin])
    }
    let manual = claims.filter { $0.document == nil }.count
    if manual > 0 { documents.add(["  manual", "\(manual) claim\(manual == 1 ? "" : "s")", "entered by hand"]) }
    out += documents.rendered()

    out += "\nClaims: \(claims.count)\n"
    var statuses = TextTable()
    for status in ClaimStatus.allCases {
      statuses.add(["  " + status.rawValue, String(claims.filter { $0.status == status }.count)])
    }
    out += statuses.rendered()

    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    // A source counts as fetched only once its latest fetch captured the page.
    let unfetched = claims.filter { $0.sources.contains { $0.isURL && $0.adopted && !$0.isCaptured } }
    out += "\nClaims with sources not yet fetched: \(unfetched.count)"
    out += unfetched.isEmpty ? "\n" : " (\(unfetched.prefix(10).map { shortIDs[$0.id] ?? $0.id }.joined(separator: ", "))\(unfetched.count > 10 ? ", ..." : "")); `claimdesk fetch` gets them\n"

    if let at = state.lastAt {
      let latest = claims.compactMap(\.history.last).max { $0.seq < $1.seq }
      let who = latest.flatMap { $0.seq == state.lastSeq ? " by \($0.actor) (\($0.op.rawValue))" : nil } ?? ""
      out += "Last activity: \(at)\(who), event \(state.lastSeq)\n"
    } else {
      out += "Last activity: none yet\n"
    }
    context.standardOutput.write(out)
  }
}
