import ClaimdeskEvidence
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `fetch --refetch` of an unchanged page stores a WARC `revisit` of the earlier capture, on the
/// machine that captured it and, on a database ledger, on another machine too (which takes the
/// capture from the database); a capture whose page no longer matches the ledger is refused.
@Suite struct RefetchOnAnotherMachineTests {
  private static func refetch(_ workbench: Workbench, _ id: String) async throws -> FetchResult {
    var options = FetchOptions(snapshotDirectory: workbench.workspace.sourcesDirectory)
    options.addressPolicy = .publicAndLoopback
    let targets = try workbench.fetchTargets(claims: [id], suggested: false, refetch: true)
    return try #require(try await workbench.fetch(targets, options: options).first)
  }

  private static func serving<T: Sendable>(_ body: @Sendable (String) async throws -> T) async throws -> T {
    let origin = Router()
    origin.get("/report") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: SnapshotStoreTests.page)))
    }
    return try await Application(router: origin, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(.live) {
      client in try await body("http://127.0.0.1:\(try #require(client.port))/report")
    }
  }

  @Test(arguments: SnapshotStoreKind.tested) func anUnchangedPageIsStoredAsARevisit(_ kind: SnapshotStoreKind) async throws {
    let desk = try SnapshotStoreTests.Desk(kind)
    let second = kind == .database ? "b" : "a"
    try await Self.serving { url in
      let first = desk.workbench()
      let id = try first.addClaim(text: "The ferries carried 4.2 million passengers in 2023.", speaker: nil, sources: [url]).id
      #expect(try await Self.refetch(first, id).outcome == .fetched)
      let again = try await Self.refetch(desk.workbench(second), id)
      #expect(again.outcome == .unchanged)
      let original = try #require(try desk.workbench(second).claim(id).claim.sources.first?.fetches.first?.fetch)
      #expect(again.revisitOf?.recordID == original.warcRecordID)
      // The revisit's page is the original's, read back on that machine.
      let page = try #require(try desk.workbench(second).readCapturedPage(try SnapshotStoreTests.source(desk.workbench(second), id)))
      #expect(page.text.contains("4.2 million passengers"))
    }
  }

  @Test(.requires(.postgres)) func aCaptureThatNoLongerMatchesTheLedgerIsRefused() async throws {
    let desk = try SnapshotStoreTests.Desk(.database)
    try await Self.serving { url in
      let first = desk.workbench()
      let id = try first.addClaim(text: "The ferries carried 4.2 million passengers in 2023.", speaker: nil, sources: [url]).id
      #expect(try await Self.refetch(first, id).outcome == .fetched)
      let name = try SnapshotStoreTests.warcName(try SnapshotStoreTests.source(first, id))
      // The page changed, the row's own digest updated to match: only the ledger's catches it.
      try TestPostgres.psql(try #require(desk.url), """
        UPDATE claimdesk_snapshots SET bytes = replace(bytes::text, encode('4.2 million', 'hex'), encode('9.2 million', 'hex'))::bytea
        WHERE name = '\(name)';
        UPDATE claimdesk_snapshots SET sha256 = encode(sha256(bytes), 'hex') WHERE name = '\(name)'
        """)
      await #expect {
        try await Self.refetch(desk.workbench("b"), id)
      } throws: { error in
        guard let error = error as? FetchError, case .snapshotMismatch = error else { return false }
        return !error.description.contains("\n")
      }
      #expect(!FileManager.default.fileExists(atPath: desk.root + "/b/claims/sources/" + name))
    }
  }
}
