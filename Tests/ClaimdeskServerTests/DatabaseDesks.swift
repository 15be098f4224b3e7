import ClaimdeskTestSupport
import Foundation
import ClaimdeskKit

/// Two workspaces in a temporary folder whose ledger is one fresh database (an empty ledger
/// pushed into it), as on two machines; `remove()` deletes the folder.
struct DatabaseDesks {
  let url: String
  let folder: String
  let first: Workbench
  let second: Workbench

  init(first firstActor: String, second secondActor: String) throws {
    url = try TestPostgres.freshDatabase()
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-desks-\(UUID().uuidString)").path
    try Workspace.create(at: folder + "/empty")
    _ = try LedgerTransfer.push(Workspace(root: folder + "/empty").ledger(), to: url)
    try Workspace.create(at: folder + "/a", ledgerURL: url)
    try Workspace.create(at: folder + "/b", ledgerURL: url)
    first = Workbench(workspace: Workspace(root: folder + "/a"), actor: firstActor)
    second = Workbench(workspace: Workspace(root: folder + "/b"), actor: secondActor)
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
