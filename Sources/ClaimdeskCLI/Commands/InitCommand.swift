import ArgumentParser
import ClaimdeskKit

struct InitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace (claims/ and reports/) in DIR, or the current folder.")

  @Argument(help: "The workspace folder.")
  var directory: String?

  @Option(
    help: ArgumentHelp(
      "Keep the ledger in this PostgreSQL database (postgres://USER@HOST:PORT/DB, made by `ledger push`; password from PGPASSWORD or ~/.pgpass).",
      valueName: "url"))
  var ledger: String?

  func run() async throws {
    let context = CommandContext.current
    let root = context.absolutePath(directory ?? ".")
    let created = try Workspace.create(at: root, ledgerURL: ledger)
    context.standardOutput.write(
      created ? "Created workspace \(root) (claims/, reports/)\n" : "Workspace \(root) already exists; nothing to do\n")
  }
}
