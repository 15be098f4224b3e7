import ClaimdeskKit
import Foundation
import ClaimdeskSupport

/// Reads a file named on the command line, or standard input for `-`.
enum NamedInput {
  static func bytes(_ path: String) throws -> [UInt8] {
    let context = CommandContext.current
    if path == "-" { return [UInt8](context.standardInput().readDataToEndOfFile()) }
    let absolute = context.absolutePath(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
      throw InputError.missing(path)
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: absolute) else {
      throw InputError.unreadable(path)
    }
    return [UInt8](data)
  }

  /// The file's non-empty lines, trimmed.
  static func lines(_ path: String) throws -> [String] {
    String(decoding: try bytes(path), as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}

/// Input files named on the command line that cannot be used.
enum InputError: ClaimdeskFailure {
  /// The file does not exist.
  case missing(String)
  /// The file is a folder or cannot be read.
  case unreadable(String)

  var exitStatus: ExitStatus { .noInput }

  var description: String {
    switch self {
    case .missing(let path): "\(path): no such file"
    case .unreadable(let path): "\(path): cannot be read (is it a folder, or not readable?)"
    }
  }
}
