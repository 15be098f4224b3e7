import Foundation
#if canImport(Glibc)
  import Glibc
#endif
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskSupport

/// The whole fold, kept while the ledger does not grow: the queue and the document pages filter
/// every claim, and folding the ledger for each request would cost a second on a large one.
/// When the ledger grows, only the events appended since are folded onto the kept state.
final class ClaimsSnapshot: @unchecked Sendable {
  struct Contents: Sendable {
    var state: LedgerState
    /// Claim ids, most check-worthy first (ids, not copies of the claims: 100,000 copies would
    /// double the state's memory and be copied again after every write).
    var ranked: [String]
    var shortIDs: ShortIDs
    var kinds: [String]
    /// The claims that repeat something, in rank order, once asked for (a new one for each fold).
    var seenBefore = SeenBeforeRanking()
  }

  /// The fold, the ledger's stored length when it was made (the cheap test of "has it grown?") and
  /// what the pages use of it. `folded.state` and `contents.state` share one copy.
  private struct Kept {
    var fileSize: Int
    var folded: FoldedState
    var contents: Contents
  }

  private let workbench: Workbench
  private let lock = NSLock()
  private var kept: Kept?

  init(workbench: Workbench) { self.workbench = workbench }

  /// Held while folding, so that requests arriving together wait for one fold instead of each
  /// folding the ledger at once (time and memory times the number of connections).
  private let foldLock = NSLock()

  func current() throws -> Contents {
    if let kept = lock.withLock({ kept }), kept.fileSize == ledgerLength() { return kept.contents }
    foldLock.lock()
    defer { foldLock.unlock() }
    let size = ledgerLength()
    if let kept = lock.withLock({ kept }), kept.fileSize == size { return kept.contents }
    // Taken out of the cache, so that the fold below holds the only reference to the state and
    // changes it in place (a copy of 100,000 claims costs a third of a second and its memory).
    guard var taken = lock.withLock({ () -> Kept? in
      defer { kept = nil }
      return kept
    }) else {
      return keep(size, try workbench.ledger.foldedState(), previous: nil)
    }
    // Only what the pages kept beside the state, so that the state itself has one reference.
    var previous: Previous? = (ranked: taken.contents.ranked, shortIDs: taken.contents.shortIDs, kinds: taken.contents.kinds)
    taken.contents = Contents(state: LedgerState(), ranked: [], shortIDs: ShortIDs(), kinds: [])
    guard try workbench.ledger.fold(continuing: &taken.folded) else {
      // The kept state is let go before the whole fold, not held beside it.
      previous = nil
      taken.folded = FoldedState(state: LedgerState(), length: 0)
      return keep(size, try workbench.ledger.foldedState(), previous: nil)
    }
    // New claims: the order and short ids are made again, the old ones let go first rather
    // than held beside the new ones while they are made.
    if previous?.ranked.count != taken.folded.state.claims.count { previous = nil }
    return keep(size, taken.folded, previous: previous)
  }

  /// Starts the first fold now, on a thread of its own, rather than on the first request: the
  /// server's launch (about a tenth of a second before it takes a connection) and the fold then
  /// overlap, and the first request waits for this fold on `foldLock` instead of starting one.
  /// A fold that fails is dropped here; the request folds again and shows the error.
  func foldInBackground() {
    Thread.detachNewThread { [self] in
      _ = try? current()
      Self.releaseFreedMemory()
    }
  }

  /// Gives the memory the fold freed back to the system. The fold's threads (this one, its
  /// helper and the chunk reader) each allocate from a malloc arena of their own, and what they
  /// free (chunks read, lines read) stays there, out of reach of the threads that then serve
  /// pages: 50 s of claim pages grew the server by 15-19 MB without this, by 3 MB with the fold
  /// on the pages' threads, as before the fold moved to threads of its own.
  static func releaseFreedMemory() {
    #if canImport(Glibc)
      // glibc's malloc_trim, which the Glibc module does not declare (malloc.h).
      typealias Trim = @convention(c) (Int) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }

  /// What one of the two pieces of `keep` makes (each fills its own members).
  private struct Derived: Sendable {
    var ranked: [String] = []
    var shortIDs = ShortIDs()
    var kinds: [String] = []
  }

  private typealias Previous = (ranked: [String], shortIDs: ShortIDs, kinds: [String])

  /// Keeps `folded` and what the pages need of it. With no new claim since `previous`, its order,
  /// short ids and kinds still hold (reviews change neither scores nor ids).
  private func keep(
    _ size: Int, _ folded: FoldedState, previous: Previous?
  ) -> Contents {
    let state = folded.state
    let contents: Contents
    if let previous, previous.ranked.count == state.claims.count {
      contents = Contents(state: state, ranked: previous.ranked, shortIDs: previous.shortIDs, kinds: previous.kinds)
    } else {
      // The order on one core, the short ids and the kinds on the other, each read straight
      // from the claims table (no lookup by id, no copy of a claim): about 0.2 s of the start
      // on 100k claims when the order looked each claim up and the short ids were a table.
      let made = concurrentMap(2) { piece -> Derived in
        guard piece == 1 else { return Derived(ranked: Self.ranked(state)) }
        var kinds = Set<String>()
        for index in state.claims.indices { Self.read(state.claims.values[index]) { kinds.formUnion($0.kinds) } }
        return Derived(shortIDs: ShortIDs(state.claims.keys), kinds: kinds.sorted())
      }
      contents = Contents(state: state, ranked: made[0].ranked, shortIDs: made[1].shortIDs, kinds: made[1].kinds)
    }
    lock.withLock { kept = Kept(fileSize: size, folded: folded, contents: contents) }
    return contents
  }

  /// Every claim's id, most check-worthy first, in `ClaimOrder.idsByScore`'s order (equal
  /// scores in the order the claims were added, which is the order of their first events' seq).
  static func ranked(_ state: LedgerState) -> [String] {
    var rows: [(score: Double, added: Int, index: Dictionary<String, ClaimState>.Index)] = []
    rows.reserveCapacity(state.claims.count)
    for index in state.claims.indices {
      let row = read(state.claims.values[index]) { claim in claim.history.first.map { (claim.score ?? -1, $0.seq) } }
      // A claim with no history is none the ledger made: order by the ids' lookups instead.
      guard let row else { return ClaimOrder.idsByScore(state) }
      rows.append((row.0, row.1, index))
    }
    rows.sort { $0.score != $1.score ? $0.score > $1.score : $0.added < $1.added }
    return rows.map { state.claims.keys[$0.index] }
  }

  /// Reads a claim in place: `claims.values[i]` read any other way copies the whole claim.
  private static func read<R>(_ claim: borrowing ClaimState, _ body: (borrowing ClaimState) -> R) -> R { body(claim) }

  /// A document by id. A document's record never changes once added, so any earlier fold that
  /// holds it will do: a claim page after a write need not fold the ledger again.
  func document(_ id: String) throws -> DocumentState? {
    if let known = lock.withLock({ kept?.contents.state.documents[id] }) { return known }
    return try current().state.documents[id]
  }

  private func ledgerLength() -> Int { workbench.ledger.storedLength() }
}
