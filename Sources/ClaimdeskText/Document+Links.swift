extension Document {
  /// The links cited in `sentence`: those whose anchor text starts inside its span. Later work
  /// offers these URLs for fetching as the sentence's sources.
  public func links(in sentence: Sentence) -> [DocumentLink] {
    links.filter { $0.start >= sentence.start && $0.start < sentence.end }
  }
}
