import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

/// `claimdesk source add|list`: the sources reviewers attach to claims.
struct SourceCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "source", abstract: "Attach sources to claims, or list them.", subcommands: [Add.self, List.self])

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Attach sources (http(s) URLs or citations) to a claim.")

    @Argument(help: "The claim (any unique id prefix).")
    var id: String

    @Argument(help: ArgumentHelp("URLs or citations.", valueName: "source"))
    var sources: [String]

    @OptionGroup var options: WorkspaceOptions

    func run() async throws {
      let workbench = try options.workbench()
      let before = try workbench.claim(id)
      let after = try workbench.addSources(id, sources)
      let added = after.sources.count - before.claim.sources.count
      CommandContext.current.standardOutput.write(
        "Claim \(before.shortID): \(added) source\(added == 1 ? "" : "s") added, \(after.sources.count) in all\n")
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the sources of one claim, or of every claim.")

    @Argument(help: "The claim (any unique id prefix); all claims when omitted.")
    var id: String?

    @Flag(help: "Include the links the extractor suggested (not yet adopted).")
    var suggested = false

    @OptionGroup var options: WorkspaceOptions

    func run() async throws {
      let context = CommandContext.current
      let workbench = try options.workbench()
      let claims: [ClaimState]
      if let id {
        claims = [try workbench.claim(id).claim]
      } else {
        claims = try workbench.state().orderedClaims
      }
      let shortIDs = try workbench.ledger.shortIDs()
      var table = TextTable()
      table.add(["CLAIM", "KIND", "FETCHED", "SOURCE"])
      for claim in claims {
        let short = shortIDs[claim.id] ?? claim.id
        for source in claim.sources {
          let kind = !source.adopted ? "suggested" : source.isURL ? "url" : "citation"
          table.add([short, kind, Self.fetchSummary(source), source.reference])
        }
        if suggested {
          for url in claim.suggestedSources where !claim.sources.contains(where: { $0.reference == url }) {
            // Fetched suggestions are listed above with their fetch.
            table.add([short, "suggested", "-", url])
          }
        }
      }
      guard table.rows.count > 1 else {
        context.standardOutput.write("No sources yet: `claimdesk source add ID URL` attaches one.\n")
        return
      }
      context.standardOutput.write(table.rendered())
    }

    /// "2024-03-12 HTTP 200", "2024-03-12 failed (timeout)", or "-" when not fetched.
    static func fetchSummary(_ source: SourceState) -> String {
      guard let last = source.fetches.last else { return "-" }
      return "\(last.at.prefix(10)) \(last.outcome)"
    }
  }
}
