import Foundation

/// An executable run to its end by a test, with what it printed.
public struct TestProcess: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  /// Runs `executable` with `arguments` (and `environment` added to this process's) and waits.
  public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> TestProcess {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Both pipes are drained before waiting: a full pipe would stop the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return TestProcess(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
  }
}
