import ClaimdeskPostgres
import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskKit
@testable import ClaimdeskLedger

/// Where a test workspace keeps its ledger: the suites that say `arguments: StoreKind.tested`
/// run once per store.
enum StoreKind: String, CustomTestStringConvertible, Sendable {
  /// `claims/ledger.jsonl` and `claims/HEAD`.
  case file
  /// A fresh database in the server of scripts/test-postgres.
  case postgres

  /// The file store always; PostgreSQL when a test server runs, and under CI=true always
  /// (where a missing server fails those runs).
  static var tested: [StoreKind] { TestPostgres.isWanted ? [.file, .postgres] : [.file] }

  var testDescription: String { rawValue }
}

/// A workspace in a temporary folder with a fixed actor and clock.
struct TestWorkspace {
  let workbench: Workbench
  var ledger: Ledger { workbench.ledger }
  var ledgerPath: String { workbench.workspace.ledgerPath }
  /// The database's URL, for a workspace on PostgreSQL.
  let databaseURL: String?

  init(store: StoreKind = .file) throws {
    let root = try TestData.temporaryDirectory("ledger").path
    switch store {
    case .file:
      databaseURL = nil
      try Workspace.create(at: root)
    case .postgres:
      let url = try TestPostgres.freshDatabase()
      databaseURL = url
      try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
      try Workspace.create(at: root, ledgerURL: url)
    }
    workbench = Workbench(
      workspace: Workspace(root: root), actor: "tester", clock: { Date(timeIntervalSince1970: 1_448_323_200) })
  }

  /// Another workbench on the same ledger, as on another machine: its own folder for derived
  /// files (index, verified mark), its own connections.
  func elsewhere(actor: String) throws -> Workbench {
    let root = try TestData.temporaryDirectory("ledger-elsewhere").path
    if let databaseURL {
      try Workspace.create(at: root, ledgerURL: databaseURL)
      return Workbench(workspace: Workspace(root: root), actor: actor)
    }
    return Workbench(workspace: workbench.workspace, actor: actor)
  }

  /// The committed lines as stored, from whichever store.
  func storedBytes() throws -> [UInt8] {
    let head = try ledger.store.head()
    return try ledger.store.read(0..<(head?.length ?? 0))
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
