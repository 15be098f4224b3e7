import ClaimdeskLedger

/// The worksheet's suggested searches and primary sources, for other views of a claim (the
/// server's claim page) so that every view suggests the same.
public enum ClaimSearches {
  public static func queries(for claim: ClaimState) -> [String] { SearchSuggestions.queries(for: ClaimFacts(claim)) }
  public static func primarySources(for claim: ClaimState) -> [String] {
    SearchSuggestions.primarySources(for: ClaimFacts(claim))
  }
}
