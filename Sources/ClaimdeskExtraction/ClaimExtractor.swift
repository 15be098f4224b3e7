import ClaimdeskText
/// Finds the claims a fact-checker would check in a document: typed, attributed, hedged, each
/// tied to its sentence and span, and scored.
///
///     let extractor = ClaimExtractor(scorer: model, documentDate: "2015-11-24")
///     let claims = extractor.extract(from: document, sentences: SentenceSplitter.split(document))
///
/// Rules run on UTF-8 bytes in one pass over the sentences (speakers resolve against earlier
/// sentences), in time linear in the text. Extraction never writes the ledger.
public struct ClaimExtractor: Sendable {
  /// The check-worthiness model; nil scores by the rules alone (from a neutral 0.5).
  public let scorer: (any CheckWorthinessScoring)?
  /// ISO 8601 date ("2015-11-24") that relative times resolve against; nil falls back on
  /// `document.metadata.published`, and without either they stay unresolved.
  public let documentDate: String?
  /// True: the rules shift the scorer's score (`ClaimRules`: opinions, questions, predictions
  /// and fragments down, checkable kinds up). False: the scorer's score is kept as it is (so a
  /// trained model's 0.5 threshold means what it was chosen to mean). Ignored without a scorer.
  public let rulesAdjustScore: Bool
  /// A sentence longer than this many characters (Unicode scalars) is not prose (a table, a
  /// dump, a line with no full stop) and gives no claim: `sentenceLengthCap` by default.
  public var maxSentenceLength: Int = ClaimExtractor.sentenceLengthCap

  /// 2,000 characters, about 350 words: news sentences stay far below it (the longest of the
  /// seed article and the check-worthiness corpora is under 1,000).
  public static let sentenceLengthCap = 2_000

  public init(
    scorer: (any CheckWorthinessScoring)? = nil, documentDate: String? = nil, rulesAdjustScore: Bool = true
  ) {
    self.scorer = scorer
    self.documentDate = documentDate
    self.rulesAdjustScore = rulesAdjustScore
  }

  /// Whether `sentence` is short enough to be prose (see `maxSentenceLength`).
  public func isProse(_ sentence: Sentence) -> Bool {
    sentence.end - sentence.start <= maxSentenceLength
  }

  /// The claims of `document`, in document order (sort by `score` to rank them). `sentences`
  /// must hold offsets into `document.text`, in order; offsets out of range are clamped.
  public func extract(from document: Document, sentences: [Sentence]) -> [ExtractedClaim] {
    extract(from: document, sentences: sentences, minimumScore: -.infinity, maxClaims: .max).claims
  }

  /// The claims of `document` scoring at least `minimumScore`, the first `maxClaims` of them in
  /// document order, and how many more there were (`overCap`): only those kept are held.
  public func extract(
    from document: Document, sentences: [Sentence], minimumScore: Double, maxClaims: Int
  ) -> (claims: [ExtractedClaim], overCap: Int) {
    var text = document.text
    return text.withUTF8 { bytes in
      var pass = makePass(over: bytes, of: document, minimumScore: minimumScore, maxClaims: maxClaims)
      pass.feed(sentences)
      let claims = pass.finish()
      return (claims, pass.overCap)
    }
  }

  func makePass(
    over bytes: UnsafeBufferPointer<UInt8>, of document: Document, minimumScore: Double, maxClaims: Int
  ) -> ExtractionPass {
    let date = (documentDate ?? document.metadata.published).flatMap(CalendarDay.init(iso:))
    var pass = ExtractionPass(
      bytes: bytes, skipped: document.paragraphs.map(Self.assertsNothing),
      listItems: document.paragraphs.map { $0.kind == .listItem }, links: document.links,
      scanner: CueScanner(date: date), scorer: scorer ?? NeutralScore(),
      adjust: scorer == nil || rulesAdjustScore)
    pass.maxSentenceLength = maxSentenceLength
    pass.minimumScore = minimumScore
    pass.maxClaims = maxClaims
    return pass
  }

  /// Page furniture (captions, credits, bylines, ...) and headings, which label the text below
  /// rather than state anything of their own, give no claims.
  static func assertsNothing(_ paragraph: Paragraph) -> Bool {
    paragraph.kind.isFurniture || paragraph.kind == .heading
  }

  /// The claims of `document` split by `SentenceSplitter`.
  public func extract(from document: Document) -> [ExtractedClaim] {
    extract(from: document, sentences: SentenceSplitter.split(document))
  }
}

/// The rules' starting point when there is no model.
private struct NeutralScore: CheckWorthinessScoring {
  func score(_ sentence: String, previous: String?) -> Double { 0.5 }
}
