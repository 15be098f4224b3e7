/// Finds the claims a fact-checker would check in a document: typed, attributed, hedged, each
/// tied to its sentence and span, and scored.
///
///     let extractor = ClaimExtractor(scorer: model, documentDate: "2015-11-24")
///     let claims = extractor.extract(from: document, sentences: SentenceSplitter.split(document))
///
/// Rules run on UTF-8 bytes in one pass over the sentences (speakers resolve against earlier
/// sentences), in time linear in the text. Extraction never writes the ledger.
public struct ClaimExtractor: Sendable {
  public let scorer: any CheckWorthinessScoring
  /// ISO 8601 date ("2015-11-24") that relative times resolve against; nil falls back on
  /// `document.metadata.published`, and without either they stay unresolved.
  public let documentDate: String?

  public init(scorer: any CheckWorthinessScoring, documentDate: String? = nil) {
    self.scorer = scorer
    self.documentDate = documentDate
  }

  /// The claims of `document`, in document order (sort by `score` to rank them). `sentences`
  /// must hold offsets into `document.text`, in order.
  public func extract(from document: Document, sentences: [Sentence]) -> [ExtractedClaim] {
    let date = (documentDate ?? document.metadata.published).flatMap(CalendarDay.init(iso:))
    var text = document.text
    return text.withUTF8 { bytes in
      var pass = ExtractionPass(
        bytes: bytes, sentences: sentences, links: document.links,
        scanner: CueScanner(date: date), scorer: scorer)
      return pass.run()
    }
  }
}
