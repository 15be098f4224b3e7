import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import ClaimdeskEvidence
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskTestSupport
@testable import ClaimdeskServer

/// WARC snapshots kept where the workspace's ledger is: a fetch's snapshot can be read back
/// (on a database, by another workspace on another machine), a snapshot that does not match
/// the digest its fetch recorded is refused in one line, and push and pull carry them.
@Suite struct SnapshotStoreTests {
  /// A workspace whose ledger is a file, or a fresh database (with a second workspace on it).
  struct Desk {
    let root: String
    let url: String?
    func workbench(_ name: String = "a", actor: String = "reviewer") -> Workbench {
      Workbench(workspace: Workspace(root: root + "/" + name), actor: actor)
    }

    init(_ kind: SnapshotStoreKind) throws {
      root = try TestData.temporaryDirectory("snapshots").path
      switch kind {
      case .folder:
        url = nil
        try Workspace.create(at: root + "/a")
      case .database:
        let url = try TestPostgres.freshDatabase()
        self.url = url
        try Workspace.create(at: root + "/empty")
        _ = try LedgerTransfer.push(Workspace(root: root + "/empty").ledger(), to: url)
        try Workspace.create(at: root + "/a", ledgerURL: url)
        try Workspace.create(at: root + "/b", ledgerURL: url)
      }
    }
  }

  static let page = """
    <!doctype html><html><head><title>Report</title></head><body><article><h1>Annual report</h1>
    <p>The ferries carried 4.2 million passengers in 2023, the report says.</p></article></body></html>
    """

  /// Adds a claim citing a page served on loopback and fetches it into `workbench`'s workspace;
  /// returns the claim's id.
  static func fetchedClaim(_ workbench: Workbench) async throws -> String {
    let origin = Router()
    origin.get("/report") { _, _ in
      Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }
    return try await Application(router: origin, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(.live) { client in
      let url = "http://127.0.0.1:\(try #require(client.port))/report"
      let id = try workbench.addClaim(text: "The ferries carried 4.2 million passengers in 2023.", speaker: "Mayor", sources: [url]).id
      var options = FetchOptions(snapshotDirectory: workbench.workspace.sourcesDirectory)
      options.addressPolicy = .publicAndLoopback
      let results = try await workbench.fetch(
        try workbench.fetchTargets(claims: [id], suggested: false, refetch: false), options: options)
      #expect(results.first?.httpStatus == 200)
      return id
    }
  }

  static func source(_ workbench: Workbench, _ id: String) throws -> SourceState {
    try #require(try workbench.claim(id).claim.sources.first { $0.isURL })
  }

  static func warcName(_ source: SourceState) throws -> String {
    (try #require(source.fetches.last?.fetch.warcFile) as NSString).lastPathComponent
  }

  @Test(arguments: SnapshotStoreKind.tested) func aFetchedSnapshotIsReadBackFromTheWorkspacesStore(_ kind: SnapshotStoreKind) async throws {
    let desk = try Desk(kind)
    let id = try await Self.fetchedClaim(desk.workbench())
    let name = try Self.warcName(try Self.source(desk.workbench(), id))
    // On a database the other workspace (another machine: no claims/sources/ of its own) reads it.
    let reader = desk.workbench(kind == .database ? "b" : "a")
    #expect(!FileManager.default.fileExists(atPath: desk.root + "/b/claims/sources/" + name))
    let page = try #require(try reader.readCapturedPage(try Self.source(reader, id)))
    #expect(page.text.contains("4.2 million passengers"))
    let names = try reader.workspace.snapshotStore().names()
    #expect(names == [name])
  }

  @Test(arguments: SnapshotStoreKind.tested) func aSnapshotThatDoesNotMatchItsRecordedDigestIsRefusedInOneLine(_ kind: SnapshotStoreKind) async throws {
    let desk = try Desk(kind)
    let workbench = desk.workbench()
    let id = try await Self.fetchedClaim(workbench)
    let source = try Self.source(workbench, id)
    let name = try Self.warcName(source)
    switch kind {
    case .folder:
      // One word of the page changed, the file otherwise intact.
      let path = desk.root + "/a/claims/sources/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "4.2 million", with: "9.2 million")
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    case .database:
      // The same change with the row's own digest updated to match: only the ledger's catches it.
      let url = try #require(desk.url)
      try TestPostgres.psql(url, """
        UPDATE claimdesk_snapshots SET bytes = replace(bytes::text, encode('4.2 million', 'hex'), encode('9.2 million', 'hex'))::bytea
        WHERE name = '\(name)';
        UPDATE claimdesk_snapshots SET sha256 = encode(sha256(bytes), 'hex') WHERE name = '\(name)'
        """)
    }
    do {
      _ = try workbench.readCapturedPage(source)
      Issue.record("a changed snapshot was read")
    } catch let error as FetchError {
      guard case .snapshotMismatch(let named, _, _) = error else { throw error }
      #expect(named == name)
      #expect(!error.description.contains("\n"))
      #expect(error.description.contains("does not hash to the SHA-256 the ledger recorded"))
      #expect(error.exitStatus == .dataError)
    }
    #expect(workbench.capturedPage(source) == nil)
  }

  @Test(.requires(.postgres)) func aDamagedRowIsRefusedByItsOwnDigest() async throws {
    let desk = try Desk(.database)
    let workbench = desk.workbench()
    let id = try await Self.fetchedClaim(workbench)
    let source = try Self.source(workbench, id)
    let name = try Self.warcName(source)
    try TestPostgres.psql(try #require(desk.url), "UPDATE claimdesk_snapshots SET bytes = bytes || '\\x00'::bytea WHERE name = '\(name)'")
    #expect(throws: FetchError.self) { try workbench.readCapturedPage(source) }
  }

  @Test(.requires(.postgres)) func pushCarriesTheSnapshotsInAndPullWritesThemOutAsTheyWere() async throws {
    let desk = try Desk(.folder)
    let files = desk.workbench()
    let id = try await Self.fetchedClaim(files)
    let name = try Self.warcName(try Self.source(files, id))
    let original = try Data(contentsOf: URL(fileURLWithPath: desk.root + "/a/claims/sources/" + name))
    let url = try TestPostgres.freshDatabase()
    #expect(try SnapshotTransfer.push(SnapshotFolder(directory: files.workspace.sourcesDirectory), to: url) == 1)
    _ = try LedgerTransfer.push(files.ledger, to: url)
    // A pushed ledger is refused a second time, snapshots included, before anything is written.
    #expect(throws: (any Error).self) { try SnapshotTransfer.push(SnapshotFolder(directory: files.workspace.sourcesDirectory), to: url) }

    try Workspace.create(at: desk.root + "/db", ledgerURL: url)
    let remote = desk.workbench("db")
    let page = try #require(try remote.readCapturedPage(try Self.source(remote, id)))
    #expect(page.text.contains("4.2 million passengers"))

    let pulled = desk.root + "/pulled/claims"
    _ = try LedgerTransfer.pull(remote.ledger, into: pulled)
    #expect(try SnapshotTransfer.pull(remote.workspace, into: pulled) == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: pulled + "/sources/" + name)) == original)
    let back = desk.workbench("pulled")
    #expect(try back.readCapturedPage(try Self.source(back, id))?.text.contains("4.2 million passengers") == true)
  }

  @Test(arguments: SnapshotStoreKind.tested) func aStoreKeepsASnapshotOnceAndRefusesOtherBytesUnderItsName(_ kind: SnapshotStoreKind) throws {
    let desk = try Desk(kind)
    let store = desk.workbench().workspace.snapshotStore()
    let name = "20261206T000000000Z-0123456789abcdef.warc"
    #expect(try store.snapshot(named: name) == nil)
    try store.keep(Array("WARC/1.1\r\n".utf8), named: name)
    try store.keep(Array("WARC/1.1\r\n".utf8), named: name)
    #expect(try store.snapshot(named: name) == Array("WARC/1.1\r\n".utf8))
    #expect(throws: FetchError.snapshotConflict(name: name, store: store.displayName)) {
      try store.keep(Array("WARC/1.0\r\n".utf8), named: name)
    }
    #expect(try store.names() == [name])
    #expect(try store.snapshot(named: "../ledger.jsonl") == nil)
  }
}
