import ArgumentParser
import ClaimdeskKit

struct InitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace (claims/ and reports/) in DIR, or the current folder.")

  @Argument(help: "The workspace folder.")
  var directory: String?

  func run() async throws {
    let context = CommandContext.current
    context.standardOutput.write("claimdesk: init is not built yet\n")
  }
}
