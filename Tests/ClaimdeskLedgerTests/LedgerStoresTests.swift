import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger

/// What every store must do the same: each test runs on the file store and, where a server runs
/// (and always under CI), on PostgreSQL.
@Suite struct LedgerStoresTests {
  @Test(arguments: StoreKind.tested)
  func appendsFoldListShowAndVerifyAlike(store: StoreKind) throws {
    let ws = try TestWorkspace(store: store)
    let ids = try ws.addClaims(30)
    _ = try ws.workbench.mark(ids[3], status: .inProgress, sources: [], note: "looking")
    _ = try ws.workbench.mark(ids[7], status: .verified, sources: ["https://example.org/a"], note: nil)
    let state = try ws.ledger.state()
    #expect(state.claims.count == 30)
    #expect(state.claims[ids[7]]?.status == .verified)
    let listing = try ws.ledger.listing()
    var listed: Set<String> = []
    try listing.forEach(in: 0..<listing.count) { claim, _ in listed.insert(claim.id) }
    #expect(listed == Set(ids))
    #expect(try ws.workbench.claim(String(ids[3].prefix(8))).claim.status == .inProgress)
    let report = try ws.ledger.verify()
    #expect(report.events == 33 && report.claims == 30)
    let bytes = try ws.storedBytes()
    #expect(bytes.last == 0x0A && bytes.split(separator: 0x0A).count == 33)
  }

  /// The same commands with the same actor and clock give the same bytes in either store.
  @Test(arguments: StoreKind.tested)
  func theSameCommandsGiveTheSameBytes(store: StoreKind) throws {
    let reference = try TestWorkspace(store: .file)
    let ws = try TestWorkspace(store: store)
    for desk in [reference, ws] {
      let ids = try desk.addClaims(12)
      _ = try desk.workbench.mark(ids[1], status: .unverifiable, sources: [], note: "no")
    }
    #expect(try ws.storedBytes() == (try reference.storedBytes()))
    #expect(try ws.ledger.store.head() == (try reference.ledger.store.head()))
  }

  /// A batch whose producer fails after writing some of its events leaves nothing behind, and
  /// the next writer carries on from the same head.
  @Test(arguments: StoreKind.tested)
  func aFailedBatchLeavesNothing(store: StoreKind) throws {
    struct Interrupted: Error {}
    let ws = try TestWorkspace(store: store)
    let ids = try ws.addClaims(3)
    let head = try ws.ledger.store.head()
    let before = try ws.storedBytes()
    #expect(throws: Interrupted.self) {
      try ws.ledger.appendStreaming(actor: "tester", at: "2026-12-06T00:00:00.000Z", pieceBytes: 64) { _, emit in
        for k in 0..<5 { try emit(EventDraft(op: .claimNote, claim: ids[0], data: ClaimNotePayload(text: "note \(k)").json)) }
        throw Interrupted()
      }
    }
    #expect(try ws.ledger.store.head() == head)
    #expect(try ws.storedBytes() == before)
    if store == .postgres { #expect(try ws.ledger.store.storedLength() == head?.length) }
    _ = try ws.workbench.mark(ids[0], status: .inProgress, sources: [], note: nil)
    #expect(try ws.ledger.verify().events == 4)
  }

  /// Any byte range read whole or streamed in small pieces gives the stored bytes; every piece
  /// but the last ends at a line's end.
  @Test(arguments: StoreKind.tested)
  func readsAndStreamsAgreeForAnyRange(store: StoreKind) throws {
    let ws = try TestWorkspace(store: store)
    _ = try ws.addClaims(40)
    let all = try ws.storedBytes()
    var random = SystemRandomNumberGenerator()
    for _ in 0..<25 {
      let a = Int.random(in: 0...all.count, using: &random)
      let b = Int.random(in: a...all.count, using: &random)
      #expect(try ws.ledger.store.read(a..<b) == Array(all[a..<b]))
    }
    #expect(try ws.ledger.store.read(all.count..<(all.count + 100)) == [])
    let lineStarts = [0] + all.indices.filter { all[$0] == 0x0A }.map { $0 + 1 }.dropLast()
    for start in lineStarts.prefix(5) {
      var pieces: [[UInt8]] = []
      var offsets: [Int] = []
      try ws.ledger.store.stream(start..<all.count) { piece, offset in
        pieces.append(Array(piece))
        offsets.append(offset)
      }
      #expect(Array(pieces.joined()) == Array(all[start...]))
      #expect(offsets.first == start)
      #expect(pieces.dropLast().allSatisfy { $0.last == 0x0A })
    }
  }

  /// Sixteen writers at once (half of them as if on another machine, with their own derived
  /// files and connections): every acknowledged claim is there, in one chain that verifies.
  @Test(arguments: StoreKind.tested)
  func concurrentWritersKeepOneChain(store: StoreKind) throws {
    let ws = try TestWorkspace(store: store)
    _ = try ws.addClaims(1)
    let writers = 16
    let appends = 12
    let benches = try (0..<writers).map { k in
      k % 2 == 0 ? Workbench(workspace: ws.workbench.workspace, actor: "writer\(k)") : try ws.elsewhere(actor: "writer\(k)")
    }
    let acknowledged = Acknowledged()
    runConcurrently(writers) { k in
      for n in 0..<appends {
        do {
          let id = try benches[k].addClaim(text: "Writer \(k) says figure \(n) rose \(k * 100 + n)%.", speaker: nil, sources: []).id
          acknowledged.add(id)
        } catch {
          acknowledged.fail("\(error)")
        }
      }
    }
    #expect(acknowledged.failures.isEmpty, "\(acknowledged.failures.prefix(3))")
    let report = try ws.ledger.verify()
    #expect(report.events == 1 + writers * appends)
    let state = try ws.ledger.state()
    #expect(acknowledged.ids.count == writers * appends)
    #expect(acknowledged.ids.allSatisfy { state.claims[$0] != nil })
  }
}

/// Claim ids the writers were told were recorded, and what failed.
final class Acknowledged: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: Set<String> = []
  private var failed: [String] = []
  func add(_ id: String) { lock.withLock { _ = recorded.insert(id) } }
  func fail(_ reason: String) { lock.withLock { failed.append(reason) } }
  var ids: Set<String> { lock.withLock { recorded } }
  var failures: [String] { lock.withLock { failed } }
}

/// Runs `body(0..<count)` on `count` threads of its own at once (not the cooperative pool's
/// two) and waits for all of them.
func runConcurrently(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
  let done = DispatchGroup()
  for k in 0..<count {
    done.enter()
    Thread {
      body(k)
      done.leave()
    }.start()
  }
  done.wait()
}
