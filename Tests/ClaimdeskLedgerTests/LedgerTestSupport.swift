import ClaimdeskTestSupport
import Foundation

@testable import ClaimdeskKit
@testable import ClaimdeskLedger

/// A workspace in a temporary folder with a fixed actor and clock.
struct TestWorkspace {
  let workbench: Workbench
  var ledger: Ledger { workbench.ledger }
  var ledgerPath: String { workbench.workspace.ledgerPath }

  init() throws {
    let root = try TestData.temporaryDirectory("ledger").path
    try Workspace.create(at: root)
    workbench = Workbench(
      workspace: Workspace(root: root), actor: "tester", clock: { Date(timeIntervalSince1970: 1_448_323_200) })
  }

  /// Adds `count` hand-entered claims and returns their ids.
  func addClaims(_ count: Int) throws -> [String] {
    try (0..<count).map { try workbench.addClaim(text: "Claim number \($0) rose 5%.", speaker: nil, sources: []).id }
  }

  var lines: [String] {
    get { String(decoding: FileManager.default.contents(atPath: ledgerPath)!, as: UTF8.self).split(separator: "\n").map(String.init) }
    nonmutating set { _ = FileManager.default.createFile(atPath: ledgerPath, contents: Data((newValue.joined(separator: "\n") + "\n").utf8)) }
  }
}

extension TestWorkspace {
  var claimsPath: String { workbench.workspace.claimsDirectory }
  var headPath: String { claimsPath + "/HEAD" }
}
