import Foundation

/// Where the tests find what lies outside the repository (`../shared/data`, checkers such as
/// cmark-gfm, warcio and openssl) and temporary workspaces. One place, so that every test that
/// needs something says so the same way (see `Requirement` and `.requires(_:)`).
public enum TestData {
  /// The repository's root (this file is `Tests/ClaimdeskTestSupport/TestData.swift`).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The evaluation data kept beside the repository: `CLAIMDESK_SHARED_DATA`, else
  /// `../shared/data`, else `shared/data` one folder further up (a helper's clone sits one level
  /// deeper). Nil in a user's fresh clone.
  public static let sharedData: URL? = {
    if let path = ProcessInfo.processInfo.environment["CLAIMDESK_SHARED_DATA"], !path.isEmpty {
      return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
    let parent = packageRoot.deletingLastPathComponent()
    return [parent, parent.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("shared/data") }
      .first { FileManager.default.fileExists(atPath: $0.path) }
  }()

  /// A file or folder inside the shared data; throws (failing the test) where it is missing, so
  /// call it from tests marked `.requires(.sharedData)`.
  public static func shared(_ relativePath: String) throws -> URL {
    guard let root = sharedData else { throw Missing(requirement: .sharedData) }
    let url = root.appendingPathComponent(relativePath)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw Missing(requirement: .sharedData, detail: "\(relativePath) is not in \(root.path)")
    }
    return url
  }

  /// The path of a checker the tests compare against; throws where it is missing.
  public static func tool(_ requirement: Requirement) throws -> String {
    guard let path = requirement.path else { throw Missing(requirement: requirement) }
    return path
  }

  /// Under CI=true a missing data set or checker is a failure, not a skip.
  public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  public static func temporaryDirectory(_ name: String = "claimdesk-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// What a test throws when a requirement is missing after all (under CI=true).
  public struct Missing: Error, CustomStringConvertible {
    public let requirement: Requirement
    public var detail: String? = nil
    public var description: String { "missing: \(requirement.reason)" + (detail.map { " (\($0))" } ?? "") }
  }
}
