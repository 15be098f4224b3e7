/// How a fetch ended.
public enum FetchOutcome: String, Sendable {
  /// A response was received and stored.
  case fetched
  /// The final payload had the same digest as the previous capture: a `revisit` record was stored.
  case unchanged
  /// The fetch failed (`FetchResult.failure` says why); a snapshot may still exist (a 404 page).
  case failed
}
