import Foundation

/// Where a command reads its environment and writes its output. Task-local so that tests run
/// commands in-process, side by side, each with its own captured output and environment.
public struct CommandContext: Sendable {
  public var environment: [String: String]
  public var currentDirectory: String
  public var standardOutput: OutputSink
  public var standardError: OutputSink
  /// Whether stdout/stderr are terminals (progress bars, colour, truncated columns).
  public var outputIsTerminal: Bool
  public var errorIsTerminal: Bool
  public var standardInput: @Sendable () -> FileHandle

  @TaskLocal public static var current = CommandContext.process

  public static var process: CommandContext {
    CommandContext(
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath,
      standardOutput: .standardOutput, standardError: .standardError,
      outputIsTerminal: isatty(1) == 1, errorIsTerminal: isatty(2) == 1,
      standardInput: { FileHandle.standardInput })
  }

  public init(
    environment: [String: String], currentDirectory: String, standardOutput: OutputSink,
    standardError: OutputSink, outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
    standardInput: @escaping @Sendable () -> FileHandle = { FileHandle.nullDevice }
  ) {
    self.environment = environment
    self.currentDirectory = currentDirectory
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.outputIsTerminal = outputIsTerminal
    self.errorIsTerminal = errorIsTerminal
    self.standardInput = standardInput
  }

  /// Colour only on a terminal and never with NO_COLOR set (https://no-color.org).
  public var useColour: Bool { outputIsTerminal && environment["NO_COLOR"] == nil }

  /// Resolves a path given on the command line against the command's working directory.
  public func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
    return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL.path
  }
}
