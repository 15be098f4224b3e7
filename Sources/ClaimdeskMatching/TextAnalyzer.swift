/// Turns text into the terms BM25 indexes and the agreement check compares:
/// tokenise (lower-case, accents folded), drop stop words, stem.
public struct TextAnalyzer: Sendable {
  public var stemmer: Stemmer
  public var stopWords: Set<String>
  private let tokenizer = TextTokenizer()

  /// The configuration measured best on CheckThat! train and dev (README): Porter stemming,
  /// the extended stop-word list.
  public static let standard = TextAnalyzer(stemmer: .porter, stopWords: StopWords.extended)

  public init(stemmer: Stemmer, stopWords: Set<String>) {
    self.stemmer = stemmer
    self.stopWords = stopWords
  }

  public func terms(_ text: String) -> [String] {
    var result: [String] = []
    tokenizer.forEachToken(text) { token in
      let word = String(decoding: token, as: UTF8.self)
      if stopWords.contains(word) { return }
      result.append(stemmer == .none ? word : String(decoding: stemmer.stem(token), as: UTF8.self))
    }
    return result
  }
}
