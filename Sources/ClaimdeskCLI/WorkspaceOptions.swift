import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

/// Options every workspace command takes.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The workspace folder (default: found by walking up from here, or CLAIMDESK_WORKSPACE).", valueName: "dir"))
  var workspace: String?

  @Option(name: .long, help: "Who is acting (default: CLAIMDESK_ACTOR, git user.name, or the login name).")
  var actor: String?

  func workbench() throws -> Workbench {
    let context = CommandContext.current
    let workspace = try Workspace.locate(
      explicit: workspace, environment: context.environment, currentDirectory: context.currentDirectory)
    return Workbench(
      workspace: workspace, actor: ActorName.resolve(flag: actor, environment: context.environment),
      clock: Timestamp.clock(environment: context.environment)
    ).reportingLedgerNotices { context.standardError.write("claimdesk: \($0)\n") }
  }
}

extension ClaimStatus: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
