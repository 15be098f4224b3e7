import Foundation
import ClaimdeskKit
import ClaimdeskLedger

/// The whole fold, kept while the ledger does not grow: the queue and the document pages filter
/// every claim, and folding the ledger for each request would cost a second on a large one.
final class ClaimsSnapshot: @unchecked Sendable {
  struct Contents: Sendable {
    var state: LedgerState
    /// Claims most check-worthy first.
    var ranked: [ClaimState]
    var shortIDs: [String: String]
    var kinds: [String]
  }

  private let workbench: Workbench
  private let lock = NSLock()
  private var cached: (length: Int, contents: Contents)?

  init(workbench: Workbench) { self.workbench = workbench }

  /// Held while folding, so that requests arriving together wait for one fold instead of each
  /// folding the whole ledger at once (time and memory times the number of connections).
  private let foldLock = NSLock()

  func current() throws -> Contents {
    let length = ledgerLength()
    if let cached = lock.withLock({ cached }), cached.length == length { return cached.contents }
    foldLock.lock()
    defer { foldLock.unlock() }
    if let cached = lock.withLock({ cached }), cached.length == ledgerLength() { return cached.contents }
    let state = try workbench.state()
    let ranked = ClaimOrder.byScore(state)
    let contents = Contents(
      state: state, ranked: ranked, shortIDs: ClaimIDs.shortest(Array(state.claims.keys)),
      kinds: Set(ranked.flatMap(\.kinds)).sorted())
    lock.withLock { cached = (length, contents) }
    return contents
  }

  /// A document by id. A document's record never changes once added, so any earlier fold that
  /// holds it will do: a claim page after a write need not fold the whole ledger again.
  func document(_ id: String) throws -> DocumentState? {
    if let known = lock.withLock({ cached?.contents.state.documents[id] }) { return known }
    return try current().state.documents[id]
  }

  private func ledgerLength() -> Int { workbench.ledger.storedLength() }
}
