/// One thing a claim can be matched against: an imported fact-check, a ledger claim, or a
/// CheckThat! verified claim. Only the text fields matter for matching; the caller keeps
/// verdicts and links keyed by `id`.
public struct MatchDocument: Sendable, Equatable {
  public let id: String
  public let text: String
  /// Headline of a fact-check; empty for a ledger claim.
  public let title: String

  public init(id: String, text: String, title: String = "") {
    self.id = id
    self.text = text
    self.title = title
  }
}
