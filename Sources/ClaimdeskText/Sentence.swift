/// One sentence of a document: Unicode scalar offsets into `Document.text` and its text.
public struct Sentence: Sendable, Equatable {
  public var index: Int
  public var start: Int
  public var end: Int
  public var text: String
  /// Index into `Document.paragraphs`.
  public var paragraph: Int

  public init(index: Int, start: Int, end: Int, text: String, paragraph: Int) {
    self.index = index
    self.start = start
    self.end = end
    self.text = text
    self.paragraph = paragraph
  }
}
