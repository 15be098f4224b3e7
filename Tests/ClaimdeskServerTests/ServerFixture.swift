import Foundation
import Hummingbird
import HummingbirdTesting
import ClaimdeskExtraction
import ClaimdeskKit
import ClaimdeskLedger
@testable import ClaimdeskServer

/// A temporary workspace holding the example article's claims, and the web app over it.
struct ServerFixture {
  let root: String
  let workbench: Workbench
  let app: WebApp
  let users: UserStore

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  init(
    host: String = "127.0.0.1", uploadLimit: Int = 256 * 1024, loginAttempts: Int = 5, withArticle: Bool = true,
    changeFeeds: ChangeFeedSettings = ChangeFeedSettings()
  ) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-serve-\(UUID().uuidString)").path
    try Workspace.create(at: root)
    workbench = Workbench(workspace: Workspace(root: root), actor: "local-reviewer")
    if withArticle {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.repository + "/examples/harbor-transit.md")))
      _ = try workbench.extract(bytes, origin: "harbor-transit.md", options: ExtractionOptions(date: "2024-03-14"), scorer: CheckWorthinessModel.shipped)
    }
    users = UserStore(workspace: workbench.workspace, cost: 4)
    var settings = ServerSettings(host: host, port: 0, localActor: "local-reviewer", uploadLimit: uploadLimit)
    settings.changeFeeds = changeFeeds
    app = try WebApp(
      settings: settings, workbench: workbench, scorer: CheckWorthinessModel.shipped, users: users,
      generator: "claimdesk test", loginAttempts: loginAttempts)
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }

  var ledgerBytes: Int { (try? FileManager.default.attributesOfItem(atPath: root + "/claims/ledger.jsonl")[.size] as? Int) ?? -1 }

  /// Runs `body` with a client of the app served in-process.
  func test(_ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
    try await app.application().test(.router) { client in
      try await body(Browser(client: client))
    }
  }

  /// The claim ranked first.
  func topClaim() throws -> (claim: ClaimState, shortID: String) {
    let top = ClaimOrder.byScore(try workbench.state())[0]
    return try workbench.claim(top.id)
  }
}
