/// The order people read claims in: most check-worthy first, ties in document order.
public enum ClaimOrder {
  public static func byScore(_ claims: [ClaimState]) -> [ClaimState] {
    claims.enumerated().sorted { a, b in
      let x = a.element.score ?? -1
      let y = b.element.score ?? -1
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
  }
}
