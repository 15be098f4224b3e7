/// The order people read claims in: most check-worthy first, ties in document order.
public enum ClaimOrder {
  public static func byScore(_ claims: [ClaimState]) -> [ClaimState] {
    // Sorts positions, not the structs: moving 100,000 ClaimStates costs more than the compare.
    let scores = claims.map { $0.score ?? -1 }
    return claims.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }.map { claims[$0] }
  }
}
