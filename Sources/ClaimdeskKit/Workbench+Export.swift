import ClaimdeskLedger
import ClaimdeskReports

extension Workbench {
  /// The claims with one of `statuses` (every claim when empty), in ledger order, exported.
  /// `count` is how many claims the bytes hold: for ClaimReview, only those with a rating.
  /// The publisher and base URL default to the workspace settings.
  public func export(
    _ format: ExportFormat, statuses: [ClaimStatus], publisher: String? = nil, baseURL: String? = nil
  ) throws -> (bytes: [UInt8], count: Int) {
    let state = try state()
    let claims = state.orderedClaims.filter { statuses.isEmpty || statuses.contains($0.status) }
    switch format {
    case .claimreview:
      let config = try WorkspaceConfig.load(from: workspace)
      let who = try ClaimReviewPublisher.validated(
        name: publisher ?? config["publisher"], baseURL: baseURL ?? config["base-url"])
      let bytes = ClaimReviewExporter.export(claims, documents: state.documents, publisher: who)
      return (bytes, claims.filter { ClaimReviewRating.rating(for: $0.status) != nil }.count)
    case .csv:
      return (CSVExporter.export(claims, shortIDs: ClaimIDs.shortest(Array(state.claims.keys))), claims.count)
    case .jsonl:
      return (JSONLinesExporter.export(claims, shortIDs: ClaimIDs.shortest(Array(state.claims.keys))), claims.count)
    }
  }
}
