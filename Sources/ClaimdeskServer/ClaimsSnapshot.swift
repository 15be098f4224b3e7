import Foundation
import ClaimdeskKit
import ClaimdeskLedger

/// The whole fold, kept while the ledger does not grow: the queue and the document pages filter
/// every claim, and folding the ledger for each request would cost a second on a large one.
/// When the ledger grows, only the events appended since are folded onto the kept state.
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
  /// The fold, the ledger file's size when it was made (the cheap test of "has it grown?") and
  /// what the pages use of it. Both hold the same state (copy on write: one copy in memory).
  private var cached: (fileSize: Int, folded: FoldedState, contents: Contents)?

  init(workbench: Workbench) { self.workbench = workbench }

  /// Held while folding, so that requests arriving together wait for one fold instead of each
  /// folding the ledger at once (time and memory times the number of connections).
  private let foldLock = NSLock()

  func current() throws -> Contents {
    if let cached = lock.withLock({ cached }), cached.fileSize == fileSize() { return cached.contents }
    foldLock.lock()
    defer { foldLock.unlock() }
    let size = fileSize()
    guard let previous = lock.withLock({ cached }) else { return try store(size, workbench.ledger.foldedState(), previous: nil) }
    if previous.fileSize == size { return previous.contents }
    if let grown = try workbench.ledger.state(continuing: previous.folded) {
      return try store(size, grown, previous: previous.contents)
    }
    return try store(size, workbench.ledger.foldedState(), previous: nil)
  }

  /// Keeps `folded` and what the pages need of it. With no new claim since `previous`, its order,
  /// short ids and kinds still hold (reviews change neither scores nor ids).
  private func store(_ size: Int, _ folded: FoldedState, previous: Contents?) throws -> Contents {
    let state = folded.state
    let contents: Contents
    if let previous, previous.ranked.count == state.claims.count {
      contents = Contents(
        state: state, ranked: previous.ranked.compactMap { state.claims[$0.id] }, shortIDs: previous.shortIDs,
        kinds: previous.kinds)
    } else {
      let ranked = ClaimOrder.byScore(state)
      contents = Contents(
        state: state, ranked: ranked, shortIDs: ClaimIDs.shortest(Array(state.claims.keys)),
        kinds: Set(ranked.flatMap(\.kinds)).sorted())
    }
    lock.withLock { cached = (size, folded, contents) }
    return contents
  }

  /// A document by id. A document's record never changes once added, so any earlier fold that
  /// holds it will do: a claim page after a write need not fold the ledger again.
  func document(_ id: String) throws -> DocumentState? {
    if let known = lock.withLock({ cached?.contents.state.documents[id] }) { return known }
    return try current().state.documents[id]
  }

  private func fileSize() -> Int {
    var info = stat()
    return stat(workbench.workspace.ledgerPath, &info) == 0 ? Int(info.st_size) : -1
  }
}
