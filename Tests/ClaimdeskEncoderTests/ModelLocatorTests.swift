import ClaimdeskEncoder
import Foundation
import Testing

struct ModelLocatorTests {
  static func fakeModel() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["model.safetensors", "vocab.txt"] {
      try Data("x".utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func explicitPathBeatsEnvironmentBeatsXDG() throws {
    let explicit = try Self.fakeModel()
    let fromEnvironment = try Self.fakeModel()
    defer {
      try? FileManager.default.removeItem(at: explicit)
      try? FileManager.default.removeItem(at: fromEnvironment)
    }
    let environment = ["CLAIMDESK_MODEL": fromEnvironment.path, "XDG_DATA_HOME": "/nonexistent"]
    #expect(ModelLocator.locate(explicitPath: explicit.path, environment: environment)?.path == explicit.path)
    #expect(ModelLocator.locate(environment: environment)?.path == fromEnvironment.path)
  }

  @Test func defaultFollowsXDGDataHomeThenHome() throws {
    let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-xdg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dataHome) }
    let expected = dataHome.appendingPathComponent("claimdesk/models/all-MiniLM-L6-v2")
    #expect(ModelLocator.defaultDirectory(environment: ["XDG_DATA_HOME": dataHome.path]).path == expected.path)
    #expect(
      ModelLocator.defaultDirectory(environment: ["HOME": "/home/u"]).path
        == "/home/u/.local/share/claimdesk/models/all-MiniLM-L6-v2")
    #expect(ModelLocator.locate(environment: ["XDG_DATA_HOME": dataHome.path]) == nil)
    try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
    for name in ["model.safetensors", "vocab.txt"] {
      try Data("x".utf8).write(to: expected.appendingPathComponent(name))
    }
    #expect(ModelLocator.locate(environment: ["XDG_DATA_HOME": dataHome.path])?.path == expected.path)
  }

  @Test func missingExplicitPathIsNilNotAFallback() {
    #expect(ModelLocator.locate(explicitPath: "/nonexistent/model") == nil)
    #expect(ModelLocator.locate(environment: ["CLAIMDESK_MODEL": "/nonexistent/model"]) == nil)
  }
}
