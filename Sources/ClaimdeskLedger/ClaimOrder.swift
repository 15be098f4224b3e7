/// The order people read claims in: most check-worthy first, ties in document order.
public enum ClaimOrder {
  public static func byScore(_ claims: [ClaimState]) -> [ClaimState] {
    // Sorts positions, not the structs: moving 100,000 ClaimStates costs more than the compare.
    ranked(scores: claims.map(\.score), added: Array(claims.indices)).map { claims[$0] }
  }

  /// Positions `0..<scores.count` in reading order: the highest score first (none counts as -1),
  /// equal scores in the order `added` gives (lower first). Every listing orders by this rule.
  static func ranked(scores: [Double?], added: [Int]) -> [Int] {
    let scores = scores.map { $0 ?? -1 }
    return scores.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : added[a] < added[b] }
  }

  /// The claims of `state` that `include` accepts, most check-worthy first: copies each chosen
  /// claim once (filtering `orderedClaims` and sorting that would copy it three times).
  public static func byScore(_ state: LedgerState, where include: (ClaimState) -> Bool = { _ in true }) -> [ClaimState] {
    positionsByScore(state, where: include).map { state.claims.values[$0] }
  }

  /// The ids of every claim of `state`, most check-worthy first, without copying the claims.
  public static func idsByScore(_ state: LedgerState) -> [String] {
    positionsByScore(state, where: { _ in true }).map { state.claims.keys[$0] }
  }

  private static func read<R>(_ claim: borrowing ClaimState, _ body: (borrowing ClaimState) -> R) -> R { body(claim) }

  /// Where those claims are in `state.claims`, for readers that need no copies of them.
  static func positionsByScore(
    _ state: LedgerState, where include: (ClaimState) -> Bool
  ) -> [Dictionary<String, ClaimState>.Index] {
    var chosen: [(score: Double?, index: Dictionary<String, ClaimState>.Index)] = []
    chosen.reserveCapacity(state.claimOrder.count)
    for id in state.claimOrder {
      guard let index = state.claims.index(forKey: id) else { continue }
      // One read of the claim (each read through `values` copies it).
      let (score, included) = ClaimOrder.read(state.claims.values[index]) { ($0.score, include($0)) }
      if included { chosen.append((score, index)) }
    }
    // Equal scores in the order the claims were added.
    return ranked(scores: chosen.map(\.score), added: Array(chosen.indices)).map { chosen[$0].index }
  }
}
