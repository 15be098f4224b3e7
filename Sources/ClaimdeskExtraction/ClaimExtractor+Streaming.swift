import ClaimdeskText

extension ClaimExtractor {
  /// The claims of `document` as `extract(from:sentences:minimumScore:maxClaims:)` finds them in
  /// `SentenceSplitter`'s sentences, splitting as it goes and holding only the sentences it still
  /// needs: memory stays bounded by the text however many sentences a document has (a 200 MB line
  /// of short sentences has millions). What is kept of the sentences is in `DocumentExtraction`.
  public func extractBounded(from document: Document, minimumScore: Double, maxClaims: Int) -> DocumentExtraction {
    var result = DocumentExtraction()
    var text = document.text
    text.withUTF8 { bytes in
      var pass = makePass(over: bytes, of: document, minimumScore: minimumScore, maxClaims: maxClaims)
      // The sentences from the one before the first whose claims are not made yet: a claim's
      // sentence and the prose on either side of it are taken from here once it is made.
      var recent: [Sentence] = []
      var taken = 0
      func take(_ claims: [ExtractedClaim]) {
        while taken < claims.count {
          let index = claims[taken].sentenceIndex
          for neighbour in index - 1...index + 1 where result.texts[neighbour] == nil {
            guard let first = recent.first, neighbour >= first.index, neighbour - first.index < recent.count else { continue }
            let sentence = recent[neighbour - first.index]
            if sentence.end - sentence.start <= maxSentenceLength { result.texts[neighbour] = sentence.text }
          }
          taken += 1
        }
      }
      SentenceSplitter.forEachBatch(of: document, textUpTo: maxSentenceLength) { batch in
        result.sentenceCount += batch.count
        result.sentencesOverLength += batch.count { $0.end - $0.start > maxSentenceLength }
        recent += batch
        pass.feed(batch)
        take(pass.claims)
        let keepFrom = pass.pendingFrom - 1
        if let first = recent.first, keepFrom > first.index {
          recent.removeFirst(min(recent.count, keepFrom - first.index))
        }
      }
      result.claims = pass.finish()
      take(result.claims)
      result.overCap = pass.overCap
    }
    return result
  }
}
