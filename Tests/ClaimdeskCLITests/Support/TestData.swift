import Foundation
import Testing

/// Locates `../shared/data` beside the package, and makes a temporary folder per test.
enum TestData {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared/data`, or nil (tests then skip with a message) where a fresh clone has none.
  static var sharedData: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// Under CI=true a missing tool or data set is a failure, not a skip.
  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  static func temporaryDirectory(_ name: String = "claimdesk-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
