import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres
@testable import ClaimdeskSupport

/// `report`, `sync` and `fetch` through the `claimdesk` executable on a database workspace.
@Suite struct PostgresWorksheetAndFetchTests {
  static let settlements = "Every U.S. administration since 1967 has opposed settlement construction."
  static let unemployment = "Unemployment fell to 4.2% in March 2015."

  /// `report` writes the worksheet from the database, a reviewer ticks a verdict and writes a
  /// note, `sync` appends them, and `show` agrees, here and on another machine's workspace.
  @Test(.requires(.postgres)) func reportThenSyncOnADatabaseWorkspace() throws {
    let url = try emptyLedgerDatabase()
    let root = try TestData.temporaryDirectory("pg-sync").path
    #expect(try claimdesk(["init", "--ledger", url, root]).status == 0)
    #expect(try claimdesk(["add", Self.settlements, "--speaker", "Mark Toner", "--workspace", root]).status == 0)
    #expect(try claimdesk(["add", Self.unemployment, "--source", "https://example.org/bls", "--workspace", root]).status == 0)
    let report = try claimdesk(["report", "--workspace", root])
    #expect(report.status == 0, "\(report.stderr)")
    let worksheet = root + "/reports/manual-claims.md"
    let text = try String(contentsOfFile: worksheet, encoding: .utf8)
    #expect(text.contains(Self.settlements) && text.contains(Self.unemployment))
    let first = try claimID(Self.settlements, root)
    let second = try claimID(Self.unemployment, root)

    try editVerdict(worksheet, of: first) { block in
      tick(&block, "in-progress")
      if let i = block.firstIndex(of: "**Note:**") { block[i] = "**Note:** Asking the State Department for the 1967 record." }
    }
    try editVerdict(worksheet, of: second) { tick(&$0, "false") }
    let synced = try claimdesk(["sync", worksheet, "--workspace", root], actor: "rosa")
    #expect(synced.status == 0, "\(synced.stderr)")
    #expect(synced.stdout.contains("Synced 2 claims") && synced.stdout.contains("as rosa"), "\(synced.stdout)")

    let other = try TestData.temporaryDirectory("pg-sync-other").path
    #expect(try claimdesk(["init", "--ledger", url, other]).status == 0)
    for workspace in [root, other] {
      let settled = try show(first, workspace)
      #expect(settled["status"]?.stringValue == "in-progress")
      #expect(settled["notes"]?.arrayValue?.first?["text"]?.stringValue == "Asking the State Department for the 1967 record.")
      #expect(try show(second, workspace)["status"]?.stringValue == "false")
    }
    let again = try claimdesk(["sync", worksheet, "--workspace", root])
    #expect(again.stdout.hasPrefix("Nothing to sync"), "\(again.stdout)")
    #expect(try claimdesk(["ledger", "verify", "--workspace", other]).status == 0)
  }

  /// `fetch` of a page served on loopback: the snapshot is in `claimdesk_snapshots` under the
  /// name the event records, and `show` (on another workspace, which never had the file) gives
  /// the page's passages.
  @Test(.requires(.postgres)) func fetchKeepsTheSnapshotInTheDatabase() throws {
    let server = try #require(FixedPageServer.shared)
    let url = try emptyLedgerDatabase()
    let root = try TestData.temporaryDirectory("pg-fetch").path
    #expect(try claimdesk(["init", "--ledger", url, root]).status == 0)
    #expect(try claimdesk(["add", "The council approved 42 homes on Tuesday.", "--workspace", root]).status == 0)
    let id = try claimID("The council approved 42 homes on Tuesday.", root)
    let page = server.url("/homes")
    let fetched = try claimdesk(["fetch", String(id.prefix(8)), "--url", page, "--allow-private", "--workspace", root])
    #expect(fetched.status == 0, "\(fetched.stderr)")
    #expect(fetched.stdout.hasPrefix("fetched 200 \(page) "), "\(fetched.stdout)")

    let names = try TestPostgres.psql(url, "SELECT name FROM claimdesk_snapshots").split(separator: "\n").map(String.init)
    #expect(names.count == 1)
    // The one `source.fetched` event names that snapshot.
    let naming = try TestPostgres.psql(
      url,
      """
      SELECT e.seq FROM claimdesk_snapshots s JOIN claimdesk_events e ON position(convert_to(s.name, 'UTF8') in e.line) > 0
      WHERE position('"op":"source.fetched"'::bytea in e.line) > 0
      """)
    #expect(naming.split(separator: "\n").count == 1)
    #expect(try TestPostgres.psql(url, "SELECT sha256 = encode(sha256(bytes), 'hex') FROM claimdesk_snapshots") == "t\n")

    let other = try TestData.temporaryDirectory("pg-fetch-other").path
    #expect(try claimdesk(["init", "--ledger", url, other]).status == 0)
    let shown = try show(id, other)
    let source = try #require(shown["sources"]?.arrayValue?.first)
    #expect(source["fetches"]?.arrayValue?.first?["http_status"] == 200)
    let passages = source["passages"]?.arrayValue ?? []
    #expect(passages.contains { $0["text"]?.stringValue?.contains("The council approved 42 homes.") == true }, "\(shown)")
    #expect(try claimdesk(["ledger", "verify", "--workspace", other]).status == 0)
  }

  // MARK: helpers

  private func show(_ id: String, _ root: String) throws -> JSONValue {
    let result = try claimdesk(["show", id, "--json", "--workspace", root])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONParser.parse(Array(result.stdout.utf8))
  }

  /// The full id of the claim with this text, from `list --json`.
  private func claimID(_ text: String, _ root: String) throws -> String {
    let list = try JSONParser.parse(Array(try claimdesk(["list", "--json", "--workspace", root]).stdout.utf8))
    let claim = try #require(list.arrayValue?.first { $0["text"]?.stringValue == text })
    return try #require(claim["id"]?.stringValue)
  }

  /// Changes the lines of one claim's verdict block in a worksheet.
  private func editVerdict(_ path: String, of claimID: String, _ change: (inout [String]) -> Void) throws {
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix("<!-- claimdesk:verdict id=\(claimID)") })
    let end = try #require(lines[start...].firstIndex { $0.hasPrefix("<!-- claimdesk:end") })
    var block = Array(lines[(start + 1)..<end])
    change(&block)
    lines.replaceSubrange((start + 1)..<end, with: block)
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Ticks `status` and clears the other boxes.
  private func tick(_ block: inout [String], _ status: String) {
    for i in block.indices where block[i].hasPrefix("- [") {
      let word = block[i].dropFirst(6).prefix { $0 != ":" }
      block[i] = "- [\(word == status ? "x" : " ")]" + block[i].dropFirst(5)
    }
  }

  /// A fresh database holding an empty ledger, pushed from a new file workspace.
  private func emptyLedgerDatabase() throws -> String {
    let url = try TestPostgres.freshDatabase()
    let seed = try TestData.temporaryDirectory("pg-sync-seed").path
    #expect(try claimdesk(["init", seed]).status == 0)
    #expect(try claimdesk(["ledger", "push", url, "--workspace", seed]).status == 0)
    return url
  }

  private func claimdesk(_ arguments: [String], actor: String = "tester") throws -> TestProcess {
    try TestProcess.run(PostgresCommandTests.executable, arguments, environment: ["CLAIMDESK_ACTOR": actor])
  }
}
