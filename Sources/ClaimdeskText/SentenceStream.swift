/// Sentences from a document of any size: feed its bytes in chunks and take the sentences of
/// every finished paragraph as they come, with document-global offsets and indexes. Plain text
/// is held a paragraph at a time (at most 16 MB), so memory stays bounded; Markdown and HTML are
/// read whole at `finish`.
public struct SentenceStream {
  private var session: TextReadingSession
  private var sentenceCount = 0

  public init(origin: String, format: DocumentFormat? = nil, unwrap: Bool = false) {
    session = TextReadingSession(origin: origin, format: format, unwrap: unwrap, keepsIndex: false)
  }

  /// Warnings so far (encoding fallback, not English, replaced bytes), in order.
  public var warnings: [String] { session.warnings }
  /// The format, once the first 64 KB (or the whole input) decided it.
  public var format: DocumentFormat? { session.format }
  /// Bytes fed so far.
  public var byteCount: Int { session.byteCount }
  public var title: String? { session.title }

  /// Feeds the next chunk; returns the sentences of the paragraphs it completed.
  public mutating func feed(_ bytes: [UInt8]) throws -> [Sentence] {
    try session.feed(bytes)
    return drain()
  }

  /// Ends the input; returns the last sentences.
  public mutating func finish() throws -> [Sentence] {
    try session.finish()
    if let html = session.htmlDocument {
      var sentences = SentenceSplitter.split(html)
      for k in sentences.indices { sentences[k].index += sentenceCount }
      sentenceCount += sentences.count
      return sentences
    }
    return drain()
  }

  private mutating func drain() -> [Sentence] {
    var sentences: [Sentence] = []
    for block in session.assembler.drain() {
      SentenceSplitter.append(
        block.bytes, scalarStart: block.paragraph.start, paragraph: block.index, indexBase: sentenceCount,
        to: &sentences)
    }
    sentenceCount += sentences.count
    return sentences
  }
}
