import ClaimdeskKit
import Foundation
import ClaimdeskExtraction

/// Reads a command's input: a file given on the command line, or standard input for '-' or
/// none.
enum CommandInput {
  static func read(_ path: String?, context: CommandContext) throws -> [UInt8] {
    guard let path, path != "-" else {
      return [UInt8](context.standardInput().readDataToEndOfFile())
    }
    let absolute = context.absolutePath(path)
    guard let data = FileManager.default.contents(atPath: absolute) else {
      throw CheckWorthinessError.unreadable(path: absolute)
    }
    return [UInt8](data)
  }
}
