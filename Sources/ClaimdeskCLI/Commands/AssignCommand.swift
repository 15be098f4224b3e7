import ArgumentParser
import ClaimdeskKit

/// `claimdesk assign ID NAME`: records `claim.assigned`.
struct AssignCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign", abstract: "Assign a claim to a reviewer (no NAME: clear the assignment).")

  @Argument(help: "A claim id, or any unique prefix of one.")
  var id: String

  @Argument(help: "Who is to check it.")
  var name: String?

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let workbench = try options.workbench()
    let claim = try workbench.assign(id, to: name)
    let shortID = try workbench.ledger.claim(claim.id).shortID
    CommandContext.current.standardOutput.write(
      claim.assignee.map { "Assigned claim \(shortID) to \($0)\n" } ?? "Claim \(shortID) is assigned to nobody\n")
  }
}
