/// A unit the extractor made from a labelled news page, as `CheckWorthinessAdapter` fits it:
/// what the scorer sees (the unit's text and the sentence before it), the logit the shipped
/// model and the rules give it (`offset`), its label, and its page (`group`: cross-validation
/// keeps a page's units together, as new pages arrive whole).
public struct AdaptationExample: Sendable, Equatable {
  public var text: String
  public var previous: String?
  public var offset: Double
  public var isCheckWorthy: Bool
  public var group: String

  public init(text: String, previous: String?, offset: Double, isCheckWorthy: Bool, group: String) {
    self.text = text
    self.previous = previous
    self.offset = offset
    self.isCheckWorthy = isCheckWorthy
    self.group = group
  }
}
