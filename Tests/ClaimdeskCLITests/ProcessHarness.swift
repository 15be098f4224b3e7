import Foundation

/// Runs the built `claimdesk` executable as a real process, for tests that need several.
enum ProcessHarness {
  /// The executable sits beside the test bundle in the build folder.
  static var executable: String {
    let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = me.deletingLastPathComponent()
    // The test binary may sit inside a .xctest bundle folder.
    while folder.pathExtension == "xctest" || folder.path.contains(".xctest/") { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("claimdesk").path
  }

  static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["CLAIMDESK_ACTOR"] = "process-tester"
    env["CLAIMDESK_MODEL"] = "none"  // seen-before by words alone: no model load per process
    env.merge(environment) { _, new in new }
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
