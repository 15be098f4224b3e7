import Foundation
import ClaimdeskLedger
import ClaimdeskPostgres

/// A folder holding `claims/` (the ledger, documents, snapshots) and `reports/` (worksheets).
public struct Workspace: Sendable, Equatable {
  public let root: String
  public var claimsDirectory: String { root + "/claims" }
  public var reportsDirectory: String { root + "/reports" }
  public var documentsDirectory: String { claimsDirectory + "/documents" }
  public var sourcesDirectory: String { claimsDirectory + "/sources" }
  public var ledgerPath: String { claimsDirectory + "/ledger.jsonl" }

  public init(root: String) { self.root = root }

  /// Creates the workspace's folders and an empty ledger; does nothing to an existing one.
  /// With `ledgerURL` the ledger is the PostgreSQL one there (which must exist: `ledger push`
  /// makes one) and no `claims/ledger.jsonl` is made. Returns whether anything was created.
  @discardableResult
  public static func create(at root: String, ledgerURL: String? = nil) throws -> Bool {
    let workspace = Workspace(root: root)
    let manager = FileManager.default
    let url = try ledgerURL.map { try LedgerDatabaseURL($0) }
    if let url {
      try PostgresLedgerStore.open(url).close()
      if let size = try? manager.attributesOfItem(atPath: workspace.ledgerPath)[.size] as? Int, size > 0 {
        throw LedgerError.refused(
          "\(workspace.ledgerPath) already holds events; copy them with `claimdesk ledger push \(url)` instead")
      }
    }
    var created = false
    do {
      for folder in [workspace.claimsDirectory, workspace.reportsDirectory] where !manager.fileExists(atPath: folder) {
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        created = true
      }
    } catch {
      throw LedgerError.io(path: root, reason: "cannot create the workspace folders: \(error.localizedDescription)")
    }
    if let url {
      try? manager.removeItem(atPath: workspace.ledgerPath)
      let before = try WorkspaceConfig.load(from: workspace)["ledger"]
      try WorkspaceConfig.set("ledger", url.description, in: workspace)
      created = created || before != url.description
    } else if !manager.fileExists(atPath: workspace.ledgerPath) {
      guard manager.createFile(atPath: workspace.ledgerPath, contents: Data()) else {
        throw LedgerError.io(path: workspace.ledgerPath, reason: "cannot create the ledger")
      }
      created = true
    }
    return created
  }

  /// The workspace named by `--workspace`, else `CLAIMDESK_WORKSPACE`, else the nearest folder
  /// at or above `currentDirectory` that holds `claims/ledger.jsonl`, or `claims/config.json`
  /// for a ledger in PostgreSQL (as git finds `.git`).
  public static func locate(explicit: String?, environment: [String: String], currentDirectory: String) throws -> Workspace {
    if let named = explicit ?? environment["CLAIMDESK_WORKSPACE"], !named.isEmpty {
      let root = absolute(named, from: currentDirectory)
      guard FileManager.default.fileExists(atPath: root + "/claims") else { throw LedgerError.notAWorkspace(named) }
      return Workspace(root: root)
    }
    var folder = URL(fileURLWithPath: currentDirectory).standardizedFileURL
    while true {
      if FileManager.default.fileExists(atPath: folder.path + "/claims/ledger.jsonl")
        || FileManager.default.fileExists(atPath: folder.path + "/claims/config.json")
      {
        return Workspace(root: folder.path)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    throw LedgerError.noWorkspace(searchedFrom: currentDirectory)
  }

  static func absolute(_ path: String, from directory: String) -> String {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: directory).appendingPathComponent(path)
    return url.standardizedFileURL.path
  }
}
