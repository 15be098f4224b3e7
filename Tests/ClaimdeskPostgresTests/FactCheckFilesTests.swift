import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskPostgres

/// Imported fact-check files on a database ledger live in its database too, so that another
/// machine matches against them; `ledger push` and `ledger pull` carry them; a damaged copy in
/// the database is refused in one line, never matched against.
@Suite struct FactCheckFilesTests {
  static let factChecks = """
    claim,verdict,url,date,publisher
    "Unemployment fell to 4.1% in March, the lowest since 2001",Mostly True,https://factcheck.example/jobs,2024-04-05,Example Check

    """
  static let article = "Officials repeated that unemployment fell to 4.1% in March, the lowest level since 2001.\n"

  private func claimdesk(_ arguments: [String]) throws -> TestProcess { try PostgresCommandTests.claimdesk(arguments) }

  private func write(_ text: String, _ path: String) throws -> String {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test(.requires(.postgres)) func anotherMachineMatchesAgainstFactChecksImportedOnOne() throws {
    let url = try PostgresCommandTests.emptyLedgerDatabase()
    let folder = try TestData.temporaryDirectory("pg-factchecks").path
    for desk in ["a", "b", "c"] { #expect(try claimdesk(["init", "--ledger", url, folder + "/" + desk]).status == 0) }
    let imported = try claimdesk(["factchecks", "import", try write(Self.factChecks, folder + "/fc.csv"), "--workspace", folder + "/a"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_factcheck_files") == "1\n")

    // Desk b never saw the file: it reads it from the database, and keeps a copy.
    let checked = try claimdesk(["check", try write(Self.article, folder + "/b.txt"), "--workspace", folder + "/b"])
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout.contains("same claim as fact-check https://factcheck.example/jobs"), "\(checked.stdout)")
    let copies = try FileManager.default.contentsOfDirectory(atPath: folder + "/b/claims/factchecks")
    #expect(copies.count == 1 && copies[0].hasSuffix(".csv"))

    // A damaged row is refused, in one line, before anything is matched or recorded.
    try TestPostgres.psql(url, "UPDATE claimdesk_factcheck_files SET bytes = convert_to('claim,verdict\n\"Taxes fell\",True\n', 'UTF8')")
    let events = try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_events")
    let refused = try claimdesk(["match", "Unemployment fell to 4.1% in March", "--workspace", folder + "/c"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("claimdesk_factcheck_files") && refused.stderr.contains("has changed"), "\(refused.stderr)")
    #expect(refused.stderr.split(separator: "\n").count == 1)
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_events") == events)
    // Desk b's own copy, checked against the ledger's digest, still serves it.
    #expect(try claimdesk(["match", "Unemployment fell to 4.1% in March", "--workspace", folder + "/b"]).status == 0)
  }

  @Test(.requires(.postgres)) func pushAndPullCarryTheFiles() throws {
    let folder = try TestData.temporaryDirectory("pg-factchecks-move").path
    let files = folder + "/files"
    #expect(try claimdesk(["init", files]).status == 0)
    let original = try write(Self.factChecks, folder + "/fc.csv")
    #expect(try claimdesk(["factchecks", "import", original, "--workspace", files]).status == 0)
    let url = try TestPostgres.freshDatabase()
    let pushed = try claimdesk(["ledger", "push", url, "--workspace", files])
    #expect(pushed.status == 0, "\(pushed.stderr)")
    #expect(pushed.stdout.contains("Pushed 1 fact-check files from claims/factchecks/ with them.\n"), "\(pushed.stdout)")

    let database = folder + "/db"
    #expect(try claimdesk(["init", "--ledger", url, database]).status == 0)
    let pulled = try claimdesk(["ledger", "pull", folder + "/pulled/claims", "--workspace", database])
    #expect(pulled.status == 0, "\(pulled.stderr)")
    #expect(pulled.stdout.contains("Pulled 1 fact-check files to "), "\(pulled.stdout)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/pulled/claims/factchecks")
    #expect(names == (try FileManager.default.contentsOfDirectory(atPath: files + "/claims/factchecks")))
    #expect(FileManager.default.contents(atPath: folder + "/pulled/claims/factchecks/" + names[0]) == FileManager.default.contents(atPath: original))
    // The pulled folder is a file workspace's claims/ as it is: it matches against the file.
    let matched = try claimdesk(["match", "Unemployment fell to 4.1% in March", "--workspace", folder + "/pulled"])
    #expect(matched.status == 0 && matched.stdout.contains("fact-check https://factcheck.example/jobs"), "\(matched.stderr)")
  }

  /// Schema version 3 adds the table: a version-2 ledger is upgraded in place on first use.
  @Test(.requires(.postgres)) func aVersionTwoLedgerGetsTheTable() throws {
    let url = try PostgresCommandTests.emptyLedgerDatabase()
    try ClaimIndexTableTests.setBackToVersionTwo(url)
    let store = try PostgresLedgerStore.open(try LedgerDatabaseURL(url))
    defer { store.close() }
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema") == "3\n")
    #expect(try TestPostgres.psql(url, "SELECT to_regclass('claimdesk_factcheck_files') IS NOT NULL") == "t\n")
  }
}
