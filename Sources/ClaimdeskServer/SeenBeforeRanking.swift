import Foundation
import ClaimdeskLedger

/// The claims that repeat an earlier claim or a published fact-check, most check-worthy first:
/// the queue's "seen before" filter (`seen=1`), worked out once for each fold the server keeps,
/// on the first request that wants it, rather than by every such request.
final class SeenBeforeRanking: @unchecked Sendable {
  private let lock = NSLock()
  private var ids: [String]?

  /// The ids of `ranked` whose claims in `state` have a match no reviewer rejected.
  func ids(ranked: [String], state: LedgerState) -> [String] {
    lock.withLock {
      if let ids { return ids }
      let found = ranked.filter { id in
        // Most claims have no match at all: `matches` is read before the filtered `seenBefore`.
        guard let claim = state.claims[id], !claim.matches.isEmpty else { return false }
        return !claim.seenBefore.isEmpty
      }
      ids = found
      return found
    }
  }
}
