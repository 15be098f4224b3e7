import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres

/// The database ledger's own behaviour: its errors, push and pull, and a backend killed
/// mid-batch. What it shares with the file store is tested on both in LedgerStoresTests.
@Suite struct PostgresLedgerTests {
  /// What a writer thread had acknowledged, and how it stopped.
  final class Acknowledged: @unchecked Sendable {
    private let lock = NSLock()
    private var acked: [(Int, String)] = []
    private var error: (any Error)?
    func add(_ events: [(Int, String)]) { lock.withLock { acked += events } }
    func fail(_ error: any Error) { lock.withLock { self.error = error } }
    var count: Int { lock.withLock { acked.count } }
    var events: [(Int, String)] { lock.withLock { acked } }
    var failure: (any Error)? { lock.withLock { error } }
  }

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
    #expect(throws: PostgresLedgerError.newerSchema(url: try LedgerDatabaseURL(url).description, found: 99, supported: LedgerSchema.version)) {
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
        // The batch's rows are written, uncommitted: cut the writer's connection now (this test's
        // database only: other suites' connections, idle in a transaction of theirs, run beside it).
        try TestPostgres.psql(
          url,
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'claimdesk' AND state = 'idle in transaction' AND datname = current_database()")
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

  /// A version-1 ledger (the version-2 additions taken out again) is upgraded in place when
  /// opened, and works as before.
  @Test(.requires(.postgres)) func aVersionOneLedgerIsUpgradedInPlace() throws {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    try TestPostgres.setBackToVersionOne(url)
    // A role that may read and write the rows but not change the tables cannot upgrade it.
    let role = "claimdesk_writer_" + UUID().uuidString.prefix(8).lowercased()
    try TestPostgres.psql(
      url,
      "CREATE ROLE \(role) LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(role)")
    let server = try #require(URLComponents(string: url))
    let asWriter = try LedgerDatabaseURL("postgres://\(role)@\(server.host!):\(server.port!)\(server.path)")
    #expect {
      try PostgresLedgerStore.open(asWriter)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .upgradeRefused = error else { return false }
      return error.exitStatus == .noPermission && !error.description.contains("\n")
    }
    let root = try TestData.temporaryDirectory("pg-upgrade").path
    try Workspace.create(at: root, ledgerURL: url)
    let desk = Workbench(workspace: Workspace(root: root), actor: "tester")
    _ = try desk.addClaim(text: "Fares rose 5%.", speaker: nil, sources: [])
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema").trimmingCharacters(in: .whitespacesAndNewlines) == "3")
    #expect(try desk.ledger.verify().events == 1)
  }

  /// Two workspaces on one database (as on two machines). After the other's appends, a writer
  /// that checked the ledger before checks only the lines after those; but a row below them
  /// changed by hand (an UPDATE: the rewrites count moves) makes its next append check every
  /// line, find the change and refuse in one line, writing nothing.
  @Test(.requires(.postgres)) func aRowRewrittenBelowTheCheckedLinesStopsTheNextAppend() throws {
    let (url, here, there) = try twoDesks("pg-rewrite")
    let id = try here.addClaim(text: "Fares rose 5%.", speaker: nil, sources: []).id
    try note(there, id, "there")
    try note(here, id, "here, after there")
    try note(there, id, "there again")
    try TestPostgres.psql(
      url, "UPDATE claimdesk_events SET line = convert_to(replace(convert_from(line, 'UTF8'), 'rose', 'fell'), 'UTF8') WHERE seq = 1")
    let store = here.ledger.store
    let head = try store.head()
    #expect {
      try note(here, id, "after the edit")
    } throws: { error in
      guard let error = error as? LedgerError, case .corruptLine(_, let line, let reason) = error else { return false }
      return line == 1 && error.exitStatus == .dataError && !error.description.contains("\n") && reason.contains("nothing was written")
    }
    #expect(try store.head() == head)
    #expect(try store.storedLength() == head?.length)
  }

  /// What vouches for the lines a writer checked is exactly the rewrites count: a row changed
  /// with the triggers switched off (which only the table's owner can do) is not read again by
  /// a writer that checked it before, while a new workspace, which has checked nothing, checks
  /// every line and refuses. (So the writer did read only the lines after its own check.)
  @Test(.requires(.postgres)) func aWriterChecksOnlyTheLinesAfterThoseItChecked() throws {
    let (url, here, there) = try twoDesks("pg-resume")
    let id = try here.addClaim(text: "Fares rose 5%.", speaker: nil, sources: []).id
    try note(here, id, "here")
    try TestPostgres.psql(
      url,
      """
      BEGIN; ALTER TABLE claimdesk_events DISABLE TRIGGER USER;
      UPDATE claimdesk_events SET line = convert_to(replace(convert_from(line, 'UTF8'), 'rose', 'fell'), 'UTF8') WHERE seq = 1;
      ALTER TABLE claimdesk_events ENABLE TRIGGER USER; COMMIT
      """)
    // `there` has checked nothing: it reads every line and refuses.
    #expect(throws: LedgerError.self) { try note(there, id, "there") }
    // `here` goes on from its own check (its claims/verified mark is stale after a hand
    // change to the count below, so only the in-memory check state can vouch).
    try TestPostgres.psql(url, "UPDATE claimdesk_changes SET count = count + 1")
    let before = try #require(try here.ledger.store.head()).seq
    try note(here, id, "here again")
    #expect(try #require(try here.ledger.store.head()).seq == before + 1)
  }

  /// The fault tests' own server stopped as a crash would (`pg_ctl stop -m immediate`) while a
  /// writer appends batches of three (alternately one statement, and a streamed transaction of
  /// three pieces), then started again: every acknowledged event is there with its hash, no
  /// batch is there in part, and the next writer carries on.
  @Test(.requires(.postgres), .enabled(if: TestPostgres.canRestart)) func anImmediateStopDuringAppendsLosesNothingAcknowledged() throws {
    let server = try TestPostgres.startFaultServer()
    let url = try TestPostgres.freshDatabase(on: server)
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    let root = try TestData.temporaryDirectory("pg-crash").path
    try Workspace.create(at: root, ledgerURL: url)
    let desk = Workbench(workspace: Workspace(root: root), actor: "tester")
    let id = try desk.addClaim(text: "Fares rose 5%.", speaker: nil, sources: []).id
    let acknowledged = Acknowledged()
    let finished = DispatchSemaphore(value: 0)
    let ledger = desk.ledger
    Thread {
      var n = 0
      while true {
        let drafts = (0..<3).map { EventDraft(op: .claimNote, claim: id, data: ClaimNotePayload(text: "batch \(n) note \($0)").json) }
        do {
          if n % 2 == 0 {
            acknowledged.add(try ledger.append(drafts, actor: "t", at: "2026-12-06T00:00:01.000Z").events.map { ($0.seq, $0.hash) })
          } else {
            let before = try ledger.store.head()?.seq ?? 0
            let result = try ledger.appendStreaming(actor: "t", at: "2026-12-06T00:00:01.000Z", pieceBytes: 16) { _, emit in
              for draft in drafts { try emit(draft) }
            }
            // Streamed batches return no events: their seqs follow the head read before.
            acknowledged.add(((before + 1)...(before + result.count)).map { ($0, "") })
          }
        } catch {
          acknowledged.fail(error)
          break
        }
        n += 1
      }
      finished.signal()
    }.start()
    let deadline = Date().addingTimeInterval(30)
    while acknowledged.count < 60, Date() < deadline { usleep(10_000) }
    try TestPostgres.crashFaultServer()
    #expect(finished.wait(timeout: .now() + 30) == .success)
    let failure = try #require(acknowledged.failure as? PostgresLedgerError)
    #expect(failure.exitStatus.rawValue == 69 && !failure.description.contains("\n"))
    _ = try TestPostgres.startFaultServer()

    let rows = try TestPostgres.psql(url, "SELECT seq, hash FROM claimdesk_events ORDER BY seq").split(separator: "\n")
      .map { $0.split(separator: "|").map(String.init) }
    let stored = Dictionary(uniqueKeysWithValues: rows.map { (Int($0[0])!, $0[1]) })
    let acked = acknowledged.events
    #expect(acked.count >= 60)
    for (seq, hash) in acked {
      #expect(stored[seq] != nil && (hash.isEmpty || stored[seq] == hash), "acknowledged event \(seq)")
    }
    // One claim, then whole batches of three, and nothing beyond HEAD.
    let next = Workbench(workspace: Workspace(root: root), actor: "next")
    let head = try #require(try next.ledger.store.head())
    #expect(stored.count == head.seq && (head.seq - 1) % 3 == 0)
    #expect(try next.ledger.store.storedLength() == head.length)
    _ = try next.mark(id, status: .inProgress, sources: [], note: "after the restart")
    let after = try #require(try next.ledger.store.head())
    #expect(after.seq > head.seq)
    #expect(try next.ledger.verify().events == after.seq)
  }

  /// Appends one note to claim `id` as a writer does, without reading the claim first (which
  /// `mark` would, hashing its lines).
  private func note(_ desk: Workbench, _ id: String, _ text: String) throws {
    try desk.ledger.append(
      [EventDraft(op: .claimNote, claim: id, data: ClaimNotePayload(text: text).json)], actor: desk.actor, at: "2026-12-06T00:00:01.000Z")
  }

  /// A database workspace and a second workspace on the same database, with its own derived
  /// files (as on another machine).
  private func twoDesks(_ name: String) throws -> (url: String, here: Workbench, there: Workbench) {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    let here = try TestData.temporaryDirectory(name + "-here").path
    let there = try TestData.temporaryDirectory(name + "-there").path
    try Workspace.create(at: here, ledgerURL: url)
    try Workspace.create(at: there, ledgerURL: url)
    return (url, Workbench(workspace: Workspace(root: here), actor: "here"), Workbench(workspace: Workspace(root: there), actor: "there"))
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
