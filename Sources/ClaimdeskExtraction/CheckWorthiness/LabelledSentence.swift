/// A sentence with its check-worthiness label, and the sentence before it when it comes from a
/// transcript (CLEF 2019) rather than a shuffled list (CT24).
public struct LabelledSentence: Sendable, Equatable {
  public var text: String
  public var previous: String?
  public var isCheckWorthy: Bool

  public init(text: String, previous: String? = nil, isCheckWorthy: Bool) {
    self.text = text
    self.previous = previous
    self.isCheckWorthy = isCheckWorthy
  }
}
