import ArgumentParser
import ClaimdeskKit
import ClaimdeskServer
import Foundation

/// `claimdesk users`: the accounts `serve` requires off loopback (bcrypt hashes in
/// `.claimdesk/users.json`, never in the ledger).
struct UsersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users", abstract: "Manage the accounts of `claimdesk serve`.",
    subcommands: [UsersAddCommand.self, UsersRemoveCommand.self, UsersPasswdCommand.self, UsersListCommand.self])
}

/// Where a password comes from: one line of standard input (scripts), or a prompt without echo.
enum PasswordInput {
  static func read(prompt: String) throws -> String {
    let context = CommandContext.current
    if isatty(0) == 1, context.standardInput() === FileHandle.standardInput, let typed = getpass(prompt) {
      return String(cString: typed)
    }
    let data = context.standardInput().readDataToEndOfFile()
    guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first,
      !line.isEmpty
    else { throw ValidationError("give the password on standard input (one line) or at the prompt") }
    return String(line.hasSuffix("\r") ? line.dropLast() : line)
  }
}

struct UsersAddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add an account; the password is read from standard input or a prompt.")
  @Argument(help: "The name (letters, digits, '.', '_', '-'); it is the actor of everything the user records.")
  var name: String
  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let store = UserStore(workspace: try options.workbench().workspace)
    try store.add(name, password: PasswordInput.read(prompt: "Password for \(name): "))
    CommandContext.current.standardOutput.write("Added user \(name)\n")
  }
}

struct UsersRemoveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an account (its sessions end).")
  @Argument(help: "The name.")
  var name: String
  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    try UserStore(workspace: try options.workbench().workspace).remove(name)
    CommandContext.current.standardOutput.write("Removed user \(name)\n")
  }
}

struct UsersPasswdCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set an account's password.")
  @Argument(help: "The name.")
  var name: String
  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let store = UserStore(workspace: try options.workbench().workspace)
    guard try store.exists(name) else { throw UserStoreError.unknown(name) }
    try store.setPassword(name, password: PasswordInput.read(prompt: "New password for \(name): "))
    CommandContext.current.standardOutput.write("Changed the password of \(name)\n")
  }
}

struct UsersListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
  @OptionGroup var options: WorkspaceOptions

  func run() async throws {
    let names = try UserStore(workspace: try options.workbench().workspace).names()
    CommandContext.current.standardOutput.write(names.isEmpty ? "No users.\n" : names.joined(separator: "\n") + "\n")
  }
}
