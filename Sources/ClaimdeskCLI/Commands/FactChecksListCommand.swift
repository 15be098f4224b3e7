import ArgumentParser
import ClaimdeskKit

struct FactChecksListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the imported fact-check files.")

  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let context = CommandContext.current
    let imports = try options.workbench().factCheckImports()
    guard !imports.isEmpty else {
      context.standardOutput.write("No fact-checks imported; `claimdesk factchecks import FILE` adds some.\n")
      return
    }
    var table = TextTable()
    table.add(["FILE", "FACT-CHECKS", "IMPORTED", "BY", "STORED"])
    for entry in imports {
      table.add([entry.payload.file, String(entry.payload.count), entry.at, entry.actor, entry.payload.stored])
    }
    context.standardOutput.write(table.rendered())
  }
}
