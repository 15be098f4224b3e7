import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres

/// The database ledger's own behaviour: its errors, push and pull, and a backend killed
/// mid-batch. What it shares with the file store is tested on both in LedgerStoresTests.
@Suite struct PostgresLedgerTests {
  @Test func anUnreachableServerIsExit69InOneLine() throws {
    // A port nothing listens on: bound, then closed.
    let url = try LedgerDatabaseURL("postgres://desk@127.0.0.1:\(try closedPort())/claims")
    #expect {
      try PostgresLedgerStore.open(url)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .unavailable = error else { return false }
      return error.exitStatus.rawValue == 69 && !error.description.contains("\n")
    }
  }

  @Test(.requires(.postgres)) func anUnknownLoginIsExit77() throws {
    let server = try #require(URLComponents(string: TestPostgres.serverURL ?? ""))
    let url = try LedgerDatabaseURL("postgres://nobody_here@\(server.host!):\(server.port!)/postgres")
    #expect {
      try PostgresLedgerStore.open(url)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .authentication = error else { return false }
      return error.exitStatus.rawValue == 77
    }
  }

  @Test(.requires(.postgres)) func aDatabaseWithoutTheSchemaIsNotALedger() throws {
    let url = try TestPostgres.freshDatabase()
    #expect {
      try PostgresLedgerStore.open(LedgerDatabaseURL(url))
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .notALedger = error else { return false }
      return error.exitStatus == .dataError
    }
    // init --ledger refuses it the same way and leaves no workspace settings behind.
    let root = try TestData.temporaryDirectory("pg-init").path
    #expect(throws: PostgresLedgerError.self) { try Workspace.create(at: root, ledgerURL: url) }
    #expect(!FileManager.default.fileExists(atPath: root + "/claims/config.json"))
  }

  @Test(.requires(.postgres)) func aNewerSchemaIsRefused() throws {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    try TestPostgres.psql(url, "UPDATE claimdesk_schema SET version = 99")
    #expect(throws: PostgresLedgerError.newerSchema(url: try LedgerDatabaseURL(url).description, found: 99, supported: 2)) {
      try PostgresLedgerStore.open(LedgerDatabaseURL(url))
    }
  }

  /// A file workspace pushed into a database and pulled back gives the very same bytes (ledger
  /// and HEAD); the database workspace then works as the file one did; a second push into the
  /// same database, and a pull over a ledger, are refused.
  @Test(.requires(.postgres)) func pushThenPullGivesIdenticalBytes() throws {
    let root = try TestData.temporaryDirectory("pg-push").path
    try Workspace.create(at: root)
    let files = Workbench(workspace: Workspace(root: root), actor: "tester")
    let ids = try (0..<20).map { try files.addClaim(text: "Figure \($0) rose 5%.", speaker: nil, sources: []).id }
    _ = try files.mark(ids[2], status: .inProgress, sources: [], note: "on it")
    let url = try TestPostgres.freshDatabase()
    #expect(try LedgerTransfer.push(files.ledger, to: url).events == 21)
    #expect {
      try LedgerTransfer.push(files.ledger, to: url)
    } throws: { error in (error as? LedgerError)?.exitStatus == .dataError }

    let deskRoot = try TestData.temporaryDirectory("pg-desk").path
    try Workspace.create(at: deskRoot, ledgerURL: url)
    #expect(!FileManager.default.fileExists(atPath: deskRoot + "/claims/ledger.jsonl"))
    let desk = Workbench(workspace: try Workspace.locate(explicit: nil, environment: [:], currentDirectory: deskRoot), actor: "db")
    #expect(desk.workspace.usesDatabaseLedger)

    let pulled = try TestData.temporaryDirectory("pg-pull").path + "/claims"
    #expect(try LedgerTransfer.pull(desk.ledger, into: pulled).events == 21)
    for name in ["ledger.jsonl", "HEAD"] {
      let original = try Data(contentsOf: URL(fileURLWithPath: root + "/claims/" + name))
      #expect(try Data(contentsOf: URL(fileURLWithPath: pulled + "/" + name)) == original, "\(name)")
    }
    #expect(throws: LedgerError.self) { try LedgerTransfer.pull(desk.ledger, into: pulled) }

    #expect(try desk.claim(String(ids[2].prefix(10))).claim.status == .inProgress)
    _ = try desk.mark(ids[3], status: .inProgress, sources: [], note: nil)
    #expect(try Workspace(root: deskRoot).ledger().verify().events == 22)
  }

  /// The backend killed between a batch's rows and its commit: the command fails with a
  /// one-line exit 69, nothing of the batch remains, and the next writer carries on.
  @Test(.requires(.postgres)) func aBackendKilledMidBatchLeavesNothing() throws {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    let root = try TestData.temporaryDirectory("pg-kill").path
    try Workspace.create(at: root, ledgerURL: url)
    let desk = Workbench(workspace: Workspace(root: root), actor: "tester")
    let id = try desk.addClaim(text: "Fares rose 5%.", speaker: nil, sources: []).id
    let store = desk.ledger.store
    let head = try store.head()
    #expect {
      try desk.ledger.appendStreaming(actor: "t", at: "2026-12-06T00:00:01.000Z", pieceBytes: 16) { _, emit in
        for k in 0..<3 { try emit(EventDraft(op: .claimNote, claim: id, data: ClaimNotePayload(text: "n\(k)").json)) }
        // The batch's rows are written, uncommitted: cut the writer's connection now.
        try TestPostgres.psql(
          url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'claimdesk' AND state = 'idle in transaction'")
      }
    } throws: { error in
      guard let error = error as? PostgresLedgerError else { return false }
      return error.exitStatus.rawValue == 69 && !error.description.contains("\n")
    }
    #expect(try store.head() == head)
    #expect(try store.storedLength() == head?.length)
    _ = try desk.mark(id, status: .inProgress, sources: [], note: "after")
    #expect(try desk.ledger.verify().events == 2)
  }

  private func closedPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
