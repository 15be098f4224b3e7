/// A published fact-check as imported: the claim it rated and what it concluded.
/// Every field but `claim` is optional: spreadsheets and feeds leave them out.
public struct FactCheckRecord: Sendable, Equatable {
  public var claim: String
  public var verdict: String?
  public var url: String?
  /// As written in the source (ISO 8601 in ClaimReview; free text in spreadsheets).
  public var date: String?
  /// Who published the fact-check (ClaimReview author or publisher name).
  public var publisher: String?
  /// The fact-check's headline.
  public var title: String?
  /// Identifier from the source (CheckThat! `vclaim_id`), if any.
  public var sourceID: String?
  /// Who made the claim (ClaimReview itemReviewed.author.name).
  public var claimant: String?
  /// Line in the source file where the record starts (nil when unknown).
  public var line: Int?

  public init(
    claim: String, verdict: String? = nil, url: String? = nil, date: String? = nil,
    publisher: String? = nil, title: String? = nil, sourceID: String? = nil,
    claimant: String? = nil, line: Int? = nil
  ) {
    self.claim = claim
    self.verdict = verdict
    self.url = url
    self.date = date
    self.publisher = publisher
    self.title = title
    self.sourceID = sourceID
    self.claimant = claimant
    self.line = line
  }

  /// As a matching document: id is the source id, else the URL, else "line N".
  public func matchDocument(fallbackID: String) -> MatchDocument {
    MatchDocument(id: sourceID ?? url ?? fallbackID, text: claim, title: title ?? "")
  }
}
