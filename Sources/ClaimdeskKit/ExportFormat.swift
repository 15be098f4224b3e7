/// What `export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// ClaimReview JSON-LD, for the claims with a verdict.
  case claimreview
  case csv
  /// JSON Lines, one claim each with its sources and history.
  case jsonl
}
