import Foundation
import ClaimdeskSupport

/// Every claim of a ledger in the order people read them (most check-worthy first, ties in the
/// order they were added), each folded on demand from its own events, which the index locates:
/// a listing of 100,000 claims never holds them all at once, and can fold them on every core.
///
/// Before it lists anything it checks from the lines' ends what a whole fold would check of the
/// ledger as a whole (the chain, and that every line is a document's or an indexed claim's), so
/// a claim's own events decide its state exactly as in `LedgerState`. A ledger that does not
/// pass that check is folded whole instead, and lists (or fails) as `state()` does.
public struct ClaimListing: Sendable {
  /// How many claims there are.
  public var count: Int { order.count }
  private let source: Source
  /// Positions in `source` (index positions, or dictionary indices of the folded state) by rank.
  private let order: [Int]

  private enum Source: Sendable {
    case indexed(IndexedClaims)
    case folded(LedgerState, positions: [Dictionary<String, ClaimState>.Index], shortIDs: [String: String])
  }

  /// The claims of ranks `ranks`, in order, each with its shortest unique id. Batches may be
  /// folded on several threads at once.
  public func forEach(in ranks: Range<Int>, _ body: (ClaimState, _ shortID: String) throws -> Void) throws {
    switch source {
    case .indexed(let claims): try claims.forEach(ranks.lazy.map { order[$0] }, body)
    case .folded(let state, let positions, let shortIDs):
      for k in ranks {
        let position = positions[order[k]]
        try body(state.claims.values[position], shortIDs[state.claims.keys[position]] ?? state.claims.keys[position])
      }
    }
  }

  /// Whether the listing folds claim by claim through the index (tests check both ways).
  var isIndexed: Bool {
    if case .indexed = source { true } else { false }
  }

  /// What `transform` makes of each claim (with its shortest id), in order, leaving out nils:
  /// the claims are folded and transformed on every core and not kept.
  public func compactMap<T: Sendable>(_ transform: @escaping @Sendable (ClaimState, _ shortID: String) -> T?) throws -> [T] {
    var all: [T] = []
    try OrderedBatches.run(count: count, batchSize: 256) { ranks in
      var made: [T] = []
      try self.forEach(in: ranks) { claim, shortID in
        if let item = transform(claim, shortID) { made.append(item) }
      }
      return made
    } deliver: { all.append(contentsOf: $0) }
    return all
  }

  /// A listing of a whole fold.
  init(folded state: LedgerState) {
    let positions = ClaimOrder.positionsByScore(state, where: { _ in true })
    source = .folded(state, positions: positions, shortIDs: ClaimIDs.shortest(Array(state.claims.keys)))
    order = Array(positions.indices)
  }

  /// A listing through the index, or nil when the ledger is not as the writer writes it, or the
  /// index is not for these bytes (the caller then folds it whole). With `checkHashes` every
  /// line's hash is checked as its claim is folded.
  init?(bytes: LedgerBytes, index: LedgerIndex, checkHashes: Bool, explain: @escaping @Sendable () -> LedgerError) {
    guard let claims = IndexedClaims(bytes: bytes, index: index, checkHashes: checkHashes, explain: explain) else { return nil }
    source = .indexed(claims)
    order = claims.positionsByRank()
  }
}
