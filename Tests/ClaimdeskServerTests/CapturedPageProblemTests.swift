import ClaimdeskEvidence
import ClaimdeskKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ClaimdeskServer

/// A captured page whose snapshot no longer matches what the ledger recorded is not shown, and
/// the claim page says why in one line (before, only the server's log did).
@Suite struct CapturedPageProblemTests {
  @Test func theClaimPageSaysWhyASnapshotIsNotShown() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let (claim, shortID) = try fixture.topClaim()
    let origin = Router()
    origin.get("/report") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: "<html><body><article><p>The ferries carried 4.2 million passengers.</p></article></body></html>")))
    }
    try await Application(router: origin, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(.live) { client in
      _ = try fixture.workbench.addSources(claim.id, ["http://127.0.0.1:\(try #require(client.port))/report"])
      var options = FetchOptions(snapshotDirectory: fixture.workbench.workspace.sourcesDirectory)
      options.addressPolicy = .publicAndLoopback
      _ = try await fixture.workbench.fetch(
        try fixture.workbench.fetchTargets(claims: [claim.id], suggested: false, refetch: false), options: options)
    }
    let folder = fixture.workbench.workspace.sourcesDirectory
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".warc") })
    let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    try text.replacingOccurrences(of: "4.2 million", with: "9.2 million").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    try await fixture.test { browser in
      let page = try await browser.get("/claims/\(shortID)")
      #expect(page.status == .ok)
      #expect(!page.body.contains("9.2 million"))
      #expect(page.body.contains("The captured page is not shown: the snapshot \(name)"), "\(page.body)")
      #expect(page.body.contains("does not hash to the SHA-256 the ledger recorded"))
    }
  }
}
