import ClaimdeskLedger
import ClaimdeskSupport
/// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for each claim with a verdict:
/// what was claimed, by whom and where, and the publisher's rating (`ClaimReviewRating`).
public enum ClaimReviewExporter {
  /// A JSON array of ClaimReview objects, one per claim with a verdict, in the order given, and a newline.
  public static func export(
    _ claims: [ClaimState], documents: [String: DocumentState], publisher: ClaimReviewPublisher
  ) -> [UInt8] {
    let reviews = claims.compactMap { claim in
      object(claim, document: claim.document.flatMap { documents[$0] }, publisher: publisher)
    }
    return JSONWriter.encode(.array(reviews)) + [0x0A]
  }

  /// One ClaimReview, or nil when the claim has no verdict.
  public static func object(_ claim: ClaimState, document: DocumentState?, publisher: ClaimReviewPublisher) -> JSONValue? {
    guard let rating = ClaimReviewRating.object(for: claim.status) else { return nil }
    var item: [String: JSONValue] = ["@type": "Claim"]
    if let speaker = claim.speaker, !speaker.isEmpty {
      item["author"] = ["@type": .string(isOrganisation(speaker) ? "Organization" : "Person"), "name": .string(speaker)]
    }
    if let document {
      var appearance: [String: JSONValue] = ["@type": "CreativeWork"]
      if let url = document.url ?? (isWebURL(document.origin) ? document.origin : nil) { appearance["url"] = .string(url) }
      if let title = document.title { appearance["headline"] = .string(title) }
      if appearance.count > 1 { item["appearance"] = .object(appearance) }
      if let published = document.published { item["datePublished"] = .string(published) }
    }
    var review: [String: JSONValue] = [
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "url": .string(publisher.url(for: claim.id)),
      "claimReviewed": .string(claim.text),
      "author": ["@type": "Organization", "name": .string(publisher.name), "url": .string(publisher.baseURL)],
      "reviewRating": rating,
      "itemReviewed": .object(item),
    ]
    if let date = verdictDate(claim) { review["datePublished"] = .string(date) }
    return .object(review)
  }

  /// The date (YYYY-MM-DD) of the event that set the current status, else of the last event.
  static func verdictDate(_ claim: ClaimState) -> String? {
    let entry = claim.history.last { $0.op == .claimStatus } ?? claim.history.last
    return entry.map { String($0.at.prefix(10)) }
  }

  /// A speaker named like an institution ("State Department", "Jewish Home Party") is an
  /// Organization; anyone else a Person.
  static func isOrganisation(_ name: String) -> Bool {
    let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
    let markers: Set<Substring> = [
      "department", "ministry", "agency", "office", "party", "committee", "council", "government",
      "association", "institute", "university", "bureau", "commission", "inc", "ltd", "corporation",
      "company", "organization", "organisation", "union", "foundation", "newspaper", "daily", "times", "news",
      "army", "police", "court", "parliament", "congress", "senate", "house", "administration", "authority",
    ]
    return words.contains(where: markers.contains)
  }

  private static func isWebURL(_ s: String) -> Bool {
    let lower = s.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }
}
