import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskPostgres

/// Schema version 2 adds `claimdesk_snapshots`: a new ledger has it, and a version-1 ledger is
/// upgraded in place on first use, its events and ledger id untouched.
@Suite struct SnapshotSchemaTests {
  @Test(.requires(.postgres)) func aVersionOneLedgerIsUpgradedInPlaceOnFirstUse() throws {
    let root = try TestData.temporaryDirectory("pg-upgrade").path
    try Workspace.create(at: root)
    let files = Workbench(workspace: Workspace(root: root), actor: "tester")
    _ = try files.addClaim(text: "Tram fares fell by a third in 2021.", speaker: "Mayor", sources: [])
    let url = try TestPostgres.freshDatabase()
    _ = try LedgerTransfer.push(files.ledger, to: url)
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema") == "\(LedgerSchema.version)\n")
    // As a version-1 claimdesk left it.
    try TestPostgres.setBackToVersionOne(url)
    let id = try TestPostgres.psql(url, "SELECT ledger_id FROM claimdesk_schema")
    let events = try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_events")
    #expect(events != "0\n")

    let store = try PostgresLedgerStore.open(try LedgerDatabaseURL(url))
    defer { store.close() }
    #expect(try TestPostgres.psql(url, "SELECT version FROM claimdesk_schema") == "\(LedgerSchema.version)\n")
    #expect(try TestPostgres.psql(url, "SELECT to_regclass('claimdesk_snapshots') IS NOT NULL") == "t\n")
    #expect(try TestPostgres.psql(url, "SELECT ledger_id FROM claimdesk_schema") == id)
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_events") == events)
    // Opening it again finds nothing to do.
    _ = try PostgresLedgerStore.open(try LedgerDatabaseURL(url)).head()
    #expect(try TestPostgres.psql(url, "SELECT count(*) FROM claimdesk_schema") == "1\n")
  }
}
