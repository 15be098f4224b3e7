import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres

/// On a database workspace the claim index is tables (schema version 3), written with each
/// batch, derived from the events and never trusted beyond them: emptied, changed by hand, or
/// with a state row that does not match the events, the next command rebuilds it (or adds the
/// lines after what it still covers) and answers as from the events.
@Suite struct ClaimIndexTableTests {
  /// Every batch writes its rows in its own transaction: the table equals an index built from
  /// the events, its state row is the head, and no `claims/index` file is made by writes.
  @Test(.requires(.postgres)) func eachBatchKeepsTheIndexTable() throws {
    let (url, desk, root) = try databaseDesk("pg-index")
    let ids = try addThreeClaims(desk)
    _ = try desk.mark(String(ids[1].prefix(8)), status: .inProgress, sources: [], note: nil)
    _ = try desk.note(String(ids[2].prefix(8)), text: "Asked the council.")
    try expectTableMatchesEvents(url, desk)
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_claim_events WHERE claim_id = '\(ids[1])'") == "2\n")
    #expect(!FileManager.default.fileExists(atPath: root + "/claims/index"))
    // A second workspace on the same database (another machine) uses the same rows.
    let other = try TestData.temporaryDirectory("pg-index-other").path
    try Workspace.create(at: other, ledgerURL: url)
    let there = Workbench(workspace: Workspace(root: other), actor: "there")
    #expect(try there.claim(String(ids[1].prefix(8))).claim.status == .inProgress)
    #expect(!FileManager.default.fileExists(atPath: other + "/claims/index"))
    // Reading the whole index (a listing) leaves this machine a copy of it, used while it
    // covers exactly the committed lines; a later batch makes it stale and the table is read.
    #expect(try there.ledger.listing().count == 3)
    #expect(FileManager.default.fileExists(atPath: other + "/claims/index"))
    _ = try desk.note(String(ids[0].prefix(8)), text: "Another machine's note.")
    #expect(try there.ledger.listing().count == 3)
    #expect(try there.claim(String(ids[0].prefix(8))).claim.notes.count == 1)
  }

  /// `ledger push` builds the index tables with the events, so the first command there need
  /// not; `ledger pull` writes no index (a file workspace builds its own).
  @Test(.requires(.postgres)) func pushBuildsTheIndexTables() throws {
    let root = try TestData.temporaryDirectory("pg-index-push").path
    try Workspace.create(at: root)
    let files = Workbench(workspace: Workspace(root: root), actor: "tester")
    _ = try addThreeClaims(files)
    let url = try TestPostgres.freshDatabase()
    _ = try LedgerTransfer.push(files.ledger, to: url)
    let head = try #require(try files.ledger.store.head())
    #expect(try TestPostgres.psql(url, "SELECT length, last_hash FROM claimdesk_index_state") == "\(head.length)|\(head.hash)\n")
    let desk = Workbench(workspace: try databaseWorkspace(url, "pg-index-push-db"), actor: "tester")
    try expectTableMatchesEvents(url, desk)
  }

  /// Tampering of every kind: the commands still answer as from the events, and afterwards the
  /// rows are again exactly the events' index.
  @Test(.requires(.postgres), arguments: Tamper.allCases)
  func anIndexChangedByHandIsNotTrusted(_ tamper: Tamper) throws {
    let (url, desk, _) = try databaseDesk("pg-index-\(tamper)")
    let ids = try addThreeClaims(desk)
    _ = try desk.mark(String(ids[0].prefix(8)), status: .inProgress, sources: [], note: nil)
    let texts = try ids.map { try desk.claim($0).claim.text }
    // As a writer's session (the trigger then lets it through), unless the tamper is by hand.
    let asWriter = "SET \(ClaimIndexSchema.writerSetting) = 'on'; "
    switch tamper {
    case .emptied:
      try TestPostgres.psql(url, "TRUNCATE claimdesk_claim_events")
    case .claimDeleted:
      try TestPostgres.psql(
        url, "DELETE FROM claimdesk_claim_events WHERE claim_id = '\(ids[1])'; DELETE FROM claimdesk_claim_index WHERE claim_id = '\(ids[1])'")
    case .offsetsOfAnotherClaim:
      try TestPostgres.psql(
        url,
        asWriter + """
          DELETE FROM claimdesk_claim_events WHERE claim_id = '\(ids[1])';
          INSERT INTO claimdesk_claim_events SELECT '\(ids[1])', byte_offset FROM claimdesk_claim_events WHERE claim_id = '\(ids[2])'
          """)
    case .claimDeletedAsWriterWithStaleState:
      // A missing claim under a state row set back to before it: the lines after are added again.
      let first = try firstEventEnd(url)
      try TestPostgres.psql(
        url,
        asWriter + "DELETE FROM claimdesk_claim_events WHERE claim_id = '\(ids[2])'; DELETE FROM claimdesk_claim_index WHERE claim_id = '\(ids[2])'; "
          + "UPDATE claimdesk_index_state SET length = \(first.length), last_hash = '\(first.hash)'")
    case .stateSetBack:
      let first = try firstEventEnd(url)
      try TestPostgres.psql(url, asWriter + "UPDATE claimdesk_index_state SET length = \(first.length), last_hash = '\(first.hash)'")
    case .stateNotMatchingTheEvents:
      try TestPostgres.psql(url, asWriter + "UPDATE claimdesk_index_state SET length = 7, last_hash = '\(String(repeating: "ab", count: 32))'")
    case .stateByHand:
      try TestPostgres.psql(url, "UPDATE claimdesk_index_state SET built_at = now()")
      #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_index_state") == "0\n")
    }
    // The tamper took: rows or state are no longer the events' index.
    #expect(try !tableMatchesEvents(url, desk))
    // `show` (through a fresh workspace: nothing of this process's own is reused) and `list`.
    let fresh = Workbench(workspace: try databaseWorkspace(url, "pg-index-fresh"), actor: "tester")
    for (id, text) in zip(ids, texts) {
      #expect(try fresh.claim(String(id.prefix(10))).claim.text == text)
    }
    var listed: [String] = []
    try fresh.ledger.listing().forEach(in: 0..<3) { claim, _ in listed.append(claim.id) }
    #expect(Set(listed) == Set(ids))
    // `mark` writes the batch's rows over a table brought up to date first.
    let marked = try desk.mark(String(ids[1].prefix(8)), status: .inProgress, sources: [], note: nil)
    #expect(marked.text == texts[1] && marked.status == .inProgress)
    try expectTableMatchesEvents(url, desk)
  }

  enum Tamper: String, CaseIterable, CustomStringConvertible {
    case emptied, claimDeleted, offsetsOfAnotherClaim, claimDeletedAsWriterWithStaleState, stateSetBack,
      stateNotMatchingTheEvents, stateByHand
    var description: String { rawValue }
  }

  /// A version-2 ledger (the version-3 additions taken out again) is upgraded in place on first
  /// use, in one transaction; a role that may not change the tables gets exit 77 in one line.
  @Test(.requires(.postgres)) func aVersionTwoLedgerIsUpgradedInPlace() throws {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    try Self.setBackToVersionTwo(url)
    let role = "claimdesk_writer_" + UUID().uuidString.prefix(8).lowercased()
    try TestPostgres.psql(
      url, "CREATE ROLE \(role) LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(role)")
    let server = try #require(URLComponents(string: url))
    let asWriter = try LedgerDatabaseURL("postgres://\(role)@\(server.host!):\(server.port!)\(server.path)")
    #expect {
      try PostgresLedgerStore.open(asWriter)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .upgradeRefused(_, let found, _) = error else { return false }
      return found == 2 && error.exitStatus == .noPermission && !error.description.contains("\n")
    }
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema") == "2\n")
    let desk = Workbench(workspace: try databaseWorkspace(url, "pg-index-v2"), actor: "tester")
    let ids = try addThreeClaims(desk)
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema") == "3\n")
    #expect(try desk.claim(String(ids[0].prefix(8))).claim.id == ids[0])
    try expectTableMatchesEvents(url, desk)
    #expect(try TestPostgres.psql(url, "SELECT to_regclass('claimdesk_factcheck_files') IS NOT NULL") == "t\n")
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_schema") == "1\n")
  }

  // MARK: helpers

  /// Takes schema version 3's additions out of a ledger database again, leaving it as a
  /// version-2 claimdesk made it (to test the upgrade in place).
  static func setBackToVersionTwo(_ url: String) throws {
    try TestPostgres.psql(
      url,
      """
      BEGIN; DROP TABLE claimdesk_claim_index, claimdesk_claim_events, claimdesk_document_index, claimdesk_index_state;
      DROP FUNCTION claimdesk_index_touched(); DROP FUNCTION claimdesk_lock(bigint); DROP TABLE claimdesk_factcheck_files;
      \(LedgerSchema.version2.last!); UPDATE claimdesk_schema SET version = 2; COMMIT
      """)
  }

  private func addThreeClaims(_ desk: Workbench) throws -> [String] {
    try ["Bus fares rose 12% in 2024.", "Unemployment fell to 3.9% last year.", "The city planted 4,000 trees since 2020."]
      .map { try desk.addClaim(text: $0, speaker: "Mayor", sources: []).id }
  }

  /// The table's rows and state are exactly the index of the events.
  private func expectTableMatchesEvents(_ url: String, _ desk: Workbench, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let (rows, expected, state, head) = try tableAndEvents(url, desk)
    #expect(rows == expected, sourceLocation: sourceLocation)
    #expect(state == "\(head.length)|\(head.hash)\n", sourceLocation: sourceLocation)
  }

  private func tableMatchesEvents(_ url: String, _ desk: Workbench) throws -> Bool {
    let (rows, expected, state, head) = try tableAndEvents(url, desk)
    return rows == expected && state == "\(head.length)|\(head.hash)\n"
  }

  /// The table's rows (`ID|OFFSETS` lines), those of an index built from the events, the
  /// state row (`LENGTH|HASH`) and the head.
  private func tableAndEvents(_ url: String, _ desk: Workbench) throws -> (String, String, String, LedgerHead) {
    let store = desk.ledger.store
    let head = try #require(try store.head())
    var index = LedgerIndex()
    index.add(try store.read(0..<head.length), base: 0)
    var expected = ""
    for id in index.claimIDs.sorted() {
      expected += "\(id)|\(index.offsets(of: id)!.map(String.init).joined(separator: ","))\n"
    }
    let rows = try TestPostgres.psql(
      url,
      """
      SELECT c.claim_id, (SELECT string_agg(byte_offset::text, ',' ORDER BY byte_offset) FROM claimdesk_claim_events e
        WHERE e.claim_id = c.claim_id)
      FROM claimdesk_claim_index c ORDER BY c.claim_id
      """)
    let state = try TestPostgres.psql(url, "SELECT length, last_hash FROM claimdesk_index_state")
    return (rows, expected, state, head)
  }

  /// Where the first event ends, and its hash: an earlier state the index once had.
  private func firstEventEnd(_ url: String) throws -> (length: Int, hash: String) {
    let row = try TestPostgres.psql(url, "SELECT byte_offset + octet_length(line) + 1, hash FROM claimdesk_events WHERE seq = 1")
      .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|")
    return (Int(row[0])!, String(row[1]))
  }

  private func databaseWorkspace(_ url: String, _ name: String) throws -> Workspace {
    let root = try TestData.temporaryDirectory(name).path
    try Workspace.create(at: root, ledgerURL: url)
    return Workspace(root: root)
  }

  private func databaseDesk(_ name: String) throws -> (url: String, desk: Workbench, root: String) {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    let workspace = try databaseWorkspace(url, name)
    return (url, Workbench(workspace: workspace, actor: "tester"), workspace.root)
  }
}
