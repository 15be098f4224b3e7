import Foundation
import ClaimdeskEvidence
import ClaimdeskExtraction
import ClaimdeskLedger
import ClaimdeskSupport
import ClaimdeskText

/// What reading one document gave: the document, how many sentences it had (with the text of
/// those the claims need) and its claims, each with its ledger id and whether this run added it
/// (a re-run adds nothing).
public struct ExtractionResult: Sendable {
  /// The path or URL the document was read from.
  public var origin: String
  public var documentID: String
  public var document: Document
  public var sentenceCount: Int
  /// Sentence index to text, only for the claims' sentences and their prose neighbours: a
  /// document's millions of sentences are not all held (see `ClaimExtractor.extractBounded`).
  var sentenceTexts: [Int: String]
  public var claims: [(claim: ExtractedClaim, id: String, added: Bool)]
  /// False when the ledger already held the document.
  public var documentAdded: Bool
  /// The score a sentence needed to become a claim.
  public var minimumScore: Double
  /// Sentences longer than `maxSentenceLength` characters: not prose, no claim, no context.
  public var sentencesOverLength = 0
  /// Claims beyond the cap on claims per document (`ExtractionOptions.maxClaims`), neither
  /// recorded nor returned.
  public var claimsOverCap = 0
  /// The longest sentence that counts as prose (`ExtractionOptions.maxSentenceLength`).
  public var maxSentenceLength = ClaimExtractor.sentenceLengthCap

  /// Sentences that gave no claim: furniture, headings, and those scoring below `minimumScore`.
  public var sentencesLeftOut: Int {
    sentenceCount - Set(claims.map(\.claim.sentenceIndex)).count
  }

  /// "735 sentences read, 125 left out (score below 0.4)": the triage in one line.
  public var triageSummary: String {
    let threshold = minimumScore > 0 ? "score below \(minimumScore) or furniture" : "furniture or not statements"
    var summary = "\(sentenceCount) sentences read, \(sentencesLeftOut) left out (\(threshold))"
    if sentencesOverLength > 0 {
      summary += "; \(sentencesOverLength) sentence\(sentencesOverLength == 1 ? "" : "s") over the length cap (\(maxSentenceLength) characters) skipped"
    }
    if claimsOverCap > 0 {
      summary += "; \(claimsOverCap) claim\(claimsOverCap == 1 ? "" : "s") over --max-claims not recorded"
    }
    return summary
  }

  /// The text of sentence `index` when it is a claim's sentence or next to one and prose; nil
  /// otherwise (as a claim's context: nil when there is none or when it is over the length cap).
  public func sentenceText(_ index: Int) -> String? { sentenceTexts[index] }
}

/// How a document is read and which claims are kept.
public struct ExtractionOptions: Sendable {
  public var format: DocumentFormat?
  public var unwrap: Bool
  /// Overrides the title found in the document.
  public var title: String?
  /// The page the text came from, when it is not the origin itself.
  public var url: String?
  /// ISO 8601 date that relative times ("two weeks ago") resolve against.
  public var date: String?
  /// Claims scoring below this are neither recorded nor returned: `triageThreshold` unless
  /// asked otherwise (`--min-score`, `config set min-score`), 0 with `--all-sentences`.
  public var minimumScore: Double
  /// Reads and extracts but writes nothing.
  public var dryRun: Bool
  /// The fetch that brought the document, when it was read from a URL (recorded with it).
  public var page: FetchResult?
  /// Claims kept per document at most, in document order (`--max-claims`); the rest are counted.
  public var maxClaims: Int = ExtractionOptions.claimsCap
  /// A sentence longer than this many characters is not prose and gives no claim.
  public var maxSentenceLength: Int = ClaimExtractor.sentenceLengthCap

  public init(
    format: DocumentFormat? = nil, unwrap: Bool = false, title: String? = nil, url: String? = nil,
    date: String? = nil, minimumScore: Double = ExtractionOptions.triageThreshold, dryRun: Bool = false
  ) {
    self.format = format
    self.unwrap = unwrap
    self.title = title
    self.url = url
    self.date = date
    self.minimumScore = minimumScore
    self.dryRun = dryRun
  }
}

extension ExtractionOptions {
  /// The default threshold: a sentence becomes a claim at this score or above. Calibrated on
  /// the labelled development set (eval/triage/README.md, thresholds 0.3 to 0.5 in steps of
  /// 0.05): the knee, where lowering it further records fewer new check-worthy claims than new
  /// non-claims (0.4 -> 0.35: six claims for four non-claims; 0.35 -> 0.3: three for six).
  public static let triageThreshold = 0.35
  /// The default cap on claims per document: a long news article gives a few hundred.
  public static let claimsCap = 2_000
}

extension Workbench {
  /// Reads a document, extracts its claims and records `document.added` and one `claim.added`
  /// per claim. The normalised text goes to `claims/documents/<sha256>.txt` first, so every span
  /// in the ledger points into a file that exists.
  public func extract(
    _ bytes: [UInt8], origin: String, options: ExtractionOptions, scorer: any CheckWorthinessScoring
  ) throws -> ExtractionResult {
    var result = try Self.read(bytes, origin: origin, options: options, scorer: scorer)
    guard !options.dryRun else { return result }
    let document = result.document
    let documentID = result.documentID
    let sentenceCount = result.sentenceCount
    let read = result  // the sentences and their contexts (bounded by the length cap) for the drafts
    try storeText(document.text, id: documentID)
    try keepSnapshots(atPaths: options.page?.warcPath.map { [$0] } ?? [])
    // Streamed: each event is rendered and written as it is made, and HEAD commits them all.
    var documentAdded = false
    var added: [Int] = []
    try ledger.appendStreaming(actor: actor, at: now) { exists, emit in
      documentAdded = false
      added = []
      if !exists(documentID) {
        documentAdded = true
        let fetch = options.page?.record(relativeTo: workspace.root)
        try emit(documentDraft(document, id: documentID, origin: origin, bytes: bytes, sentences: sentenceCount, fetch: fetch))
      }
      var seen = Set<String>()
      for (index, entry) in read.claims.enumerated() where !exists(entry.id) && seen.insert(entry.id).inserted {
        added.append(index)
        try emit(claimDraft(entry.claim, id: entry.id, document: documentID, read: read))
      }
    }
    result.documentAdded = documentAdded
    for index in added { result.claims[index].added = true }
    return result
  }

  /// Reads a document and extracts its claims without touching any workspace (`--dry-run`).
  public static func read(
    _ bytes: [UInt8], origin: String, options: ExtractionOptions, scorer: any CheckWorthinessScoring
  ) throws -> ExtractionResult {
    // A fetched page is decoded as the fetch recorded it (`document.added`'s fetch.charset).
    var document = try DocumentReader.read(
      bytes, origin: origin, format: options.format, unwrap: options.unwrap, headerCharset: options.page?.headerCharset)
    if let title = options.title { document.title = title }
    if let url = options.url ?? options.page?.finalURL { document.metadata.url = url }
    if let date = options.date { document.metadata.published = date }
    let documentID = Hashing.sha256Hex(document.text)
    var extractor = ClaimExtractor(scorer: scorer, documentDate: options.date)
    extractor.maxSentenceLength = options.maxSentenceLength
    let found = extractor.extractBounded(from: document, minimumScore: options.minimumScore, maxClaims: options.maxClaims)
    let ids = found.claims.map { ClaimIDs.derive(document: documentID, span: $0.start..<$0.end, text: $0.text, speaker: $0.speaker) }
    var result = ExtractionResult(
      origin: origin, documentID: documentID, document: document, sentenceCount: found.sentenceCount,
      sentenceTexts: found.texts, claims: zip(found.claims, ids).map { ($0, $1, false) }, documentAdded: false,
      minimumScore: options.minimumScore)
    result.sentencesOverLength = found.sentencesOverLength
    result.claimsOverCap = found.overCap
    result.maxSentenceLength = options.maxSentenceLength
    return result
  }

  private func storeText(_ text: String, id: String) throws {
    let path = workspace.documentsDirectory + "/" + id + ".txt"
    guard !FileManager.default.fileExists(atPath: path) else { return }
    do {
      try FileManager.default.createDirectory(atPath: workspace.documentsDirectory, withIntermediateDirectories: true)
      try AtomicFile.write(text, to: path, syncFolder: true)
    } catch {
      throw WorkbenchError.cannotStoreDocument(path: path, reason: "\(error)")
    }
  }

  private func documentDraft(
    _ document: Document, id: String, origin: String, bytes: [UInt8], sentences: Int, fetch: FetchRecord?
  ) -> EventDraft {
    var data = DocumentAddedPayload(
      origin: origin, format: document.format.rawValue, bytesSHA256: Hashing.sha256Hex(bytes), textSHA256: id,
      sentences: sentences)
    data.title = document.title
    data.url = document.metadata.url
    data.published = document.metadata.published
    data.byline = document.metadata.byline
    data.siteName = document.metadata.siteName
    data.language = document.metadata.language
    data.fetch = fetch
    return EventDraft(op: .documentAdded, document: id, data: data.json)
  }

  private func claimDraft(_ claim: ExtractedClaim, id: String, document: String, read result: ExtractionResult) -> EventDraft {
    let index = claim.sentenceIndex
    var data = ClaimAddedPayload(text: claim.text)
    data.sentence = result.sentenceText(index) ?? ""
    data.sentenceIndex = index
    data.span = claim.start..<claim.end
    data.score = Int((claim.score * 1_000_000).rounded())
    data.kinds = claim.kinds.map(\.rawValue)
    data.hedges = claim.hedges
    data.cues = claim.cues.map(Self.cueRecord)
    data.suggestedSources = claim.suggestedSources
    data.contextBefore = result.sentenceText(index - 1)
    data.contextAfter = result.sentenceText(index + 1)
    data.speaker = claim.speaker
    return EventDraft(op: .claimAdded, claim: id, document: document, data: data.json)
  }

  static func cueRecord(_ cue: ClaimCue) -> ClaimCueRecord {
    ClaimCueRecord(kind: cue.kind.rawValue, text: cue.text, value: cue.value)
  }
}

extension ExtractionResult {
  /// The claims as the ledger will hold them once recorded (status open, no history), for
  /// `--json` output that matches `show --json` field for field.
  public func claimStates() -> [ClaimState] {
    claims.map { entry in
      let claim = entry.claim
      var state = ClaimState(id: entry.id, text: claim.text, lastEventHash: "")
      state.document = documentID
      state.sentence = sentenceText(claim.sentenceIndex) ?? ""
      state.contextBefore = sentenceText(claim.sentenceIndex - 1)
      state.contextAfter = sentenceText(claim.sentenceIndex + 1)
      state.span = claim.start..<claim.end
      state.score = (claim.score * 1_000_000).rounded() / 1_000_000
      state.kinds = claim.kinds.map(\.rawValue)
      state.speaker = claim.speaker
      state.hedges = claim.hedges
      state.cues = claim.cues.map(Workbench.cueRecord)
      state.suggestedSources = claim.suggestedSources
      return state
    }
  }
}
