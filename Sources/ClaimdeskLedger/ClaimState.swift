import ClaimdeskSupport
/// A claim as the ledger's events leave it: what was extracted, and every review decision since.
public struct ClaimState: Sendable, Equatable {
  /// The full content-derived id (32 hex digits); show `ClaimIDs.shortest` to people.
  public var id: String
  /// The checkable statement itself.
  public var text: String {
    get { textStorage.string }
    set { textStorage = LedgerText(newValue) }
  }
  /// The sentence it stands in, and one sentence each side, when extracted from a document.
  public var sentence: String? {
    get { sentenceStorage?.string }
    set { sentenceStorage = newValue.map(LedgerText.init) }
  }
  public var contextBefore: String? {
    get { contextBeforeStorage?.string }
    set { contextBeforeStorage = newValue.map(LedgerText.init) }
  }
  public var contextAfter: String? {
    get { contextAfterStorage?.string }
    set { contextAfterStorage = newValue.map(LedgerText.init) }
  }
  // The long texts, kept as slices of the ledger when folded from it (see `LedgerText`).
  package var textStorage: LedgerText
  package var sentenceStorage: LedgerText?
  package var contextBeforeStorage: LedgerText?
  package var contextAfterStorage: LedgerText?
  public var document: String?
  /// Unicode scalar offsets of `text` in the stored document text.
  public var span: Range<Int>?
  /// Check-worthiness in [0, 1] (stored as integer millionths).
  public var score: Double?
  public var kinds: [String]
  public var speaker: String?
  public var hedges: [String]
  /// Cues the extractor found (numbers, years, spans, entities, ...), as recorded.
  public var cues: [ClaimCueRecord]
  public var status: ClaimStatus
  public var sources: [SourceState]
  /// Links the document cites in this claim's sentence: offered, never by themselves evidence.
  public var suggestedSources: [String]
  public var notes: [NoteRecord]
  /// The reviewer the claim is assigned to (`claim.assigned`), if any.
  public var assignee: String?
  /// Earlier claims and published fact-checks this claim repeats, strongest first, as the
  /// newest `claim.matched` found them; those a reviewer rejected are left out.
  public var seenBefore: [SeenBeforeMatch] { matches.filter { !rejectedMatches.contains($0.reference) } }
  /// Every match the newest `claim.matched` recorded, rejected ones included.
  public var matches: [SeenBeforeMatch] = []
  /// How they were found: "hybrid" or "lexical" (see `ClaimMatchedPayload`).
  public var matchMethod: String?
  /// References a reviewer rejected (`claim.match_rejected`).
  public var rejectedMatches: [String] = []
  public var history: [HistoryEntry]
  /// The hash of the last event that concerned this claim (worksheets record it to detect conflicts).
  public var lastEventHash: String {
    get { lastEventDigest.string }
    set { lastEventDigest = EventDigest(newValue) }
  }
  /// Kept as 32 bytes (see `EventDigest`).
  var lastEventDigest: EventDigest

  public init(id: String, text: String, lastEventHash: String) {
    self.id = id
    self.textStorage = LedgerText(text)
    self.kinds = []
    self.hedges = []
    self.cues = []
    self.status = .open
    self.sources = []
    self.suggestedSources = []
    self.notes = []
    self.history = []
    self.lastEventDigest = EventDigest(lastEventHash)
  }
}

extension ClaimState {
  /// The claim a `claim.added` event makes, with its first history entry. Every member set
  /// here once: building it through `init(id:text:lastEventHash:)` and setting members after
  /// costs copies of the whole claim.
  init(id: String, data: ClaimAddedData, document: String?, history: [HistoryEntry]) {
    self.id = id
    textStorage = data.text
    sentenceStorage = data.sentence
    contextBeforeStorage = data.contextBefore
    contextAfterStorage = data.contextAfter
    self.document = document
    span = data.span
    score = data.score.map { Double($0) / 1_000_000 }
    kinds = data.kinds
    speaker = data.speaker
    hedges = data.hedges
    cues = data.cues
    status = .open
    sources = []
    suggestedSources = data.suggestedSources
    notes = []
    self.history = history
    // The hash of its one event, already read into the history.
    lastEventDigest = history.last?.digest ?? .text("")
  }
}

/// One cue as recorded in `claim.added`: its kind, the words, and a normalised value if any.
public struct ClaimCueRecord: Sendable, Equatable {
  public var kind: String
  public var text: String
  public var value: String?

  public init(kind: String, text: String, value: String? = nil) {
    self.kind = kind
    self.text = text
    self.value = value
  }

  var json: JSONValue {
    var object: [String: JSONValue] = ["kind": .string(kind), "text": .string(text)]
    if let value { object["value"] = .string(value) }
    return .object(object)
  }
}

/// A source of a claim: a URL or a citation ("AP interview, 2015-11-24") a reviewer attached, or a
/// suggested link that was fetched without being adopted (`adopted` false: it never allows a verdict).
public struct SourceState: Sendable, Equatable {
  public var reference: String
  public var isURL: Bool
  public var actor: String
  public var at: String
  /// True once a reviewer attached it (`claim.source`).
  public var adopted: Bool
  /// Fetches of this URL, oldest first.
  public var fetches: [SourceFetch]

  /// True when the latest fetch captured the page (`FetchRecord.isCapture`): a blocked address,
  /// a timeout or a 5xx is recorded but is no capture, and the next `fetch` tries again.
  public var isCaptured: Bool { fetches.last?.isCapture == true }

  public init(reference: String, isURL: Bool, actor: String, at: String, adopted: Bool = true, fetches: [SourceFetch] = []) {
    self.reference = reference
    self.isURL = isURL
    self.actor = actor
    self.at = at
    self.adopted = adopted
    self.fetches = fetches
  }
}

/// What one `source.fetched` event recorded, and the passages found for this claim.
///
/// Kept as the event's data in JSON bytes, read again when asked: a fetch record with its hops
/// and passages takes about 3 kB as bytes and three or four times that as `JSONValue`s and typed
/// values, and a fold of a ledger with many fetches (the server keeps one) would hold them all.
/// Pages and reports read the fetches of a few claims; only `isCapture` is wanted of every
/// fetch at once (which sources `fetch` tries again), and it is kept apart.
public struct SourceFetch: Sendable, Equatable {
  public var at: String
  /// The event's `data` as JSON bytes (written by `JSONWriter`, so they parse).
  private let recordBytes: [UInt8]
  /// Passages given apart from the record (`init(at:record:passages:)`); nil: the record's.
  private var givenPassages: [PassageRecord]?
  /// True when this fetch captured the page (`FetchRecord.isCapture`).
  public let isCapture: Bool

  public init(at: String, payload: SourceFetchedPayload, record: JSONValue) {
    self.init(at: at, fetch: payload.fetch, record: record, passages: payload.passages ?? [])
  }

  /// A fetch from its recorded data alone (its passages given apart).
  public init(at: String, record: JSONValue, passages: [PassageRecord] = []) {
    self.init(at: at, fetch: FetchRecord(record), record: record, passages: passages)
  }

  /// A fetch as the fold reads it straight from the ledger's bytes (its passages the record's).
  init(at: String, data: SourceFetchedData) {
    self.at = at
    recordBytes = data.bytes
    isCapture = data.isCapture
    givenPassages = nil
  }

  private init(at: String, fetch: FetchRecord, record: JSONValue, passages: [PassageRecord]) {
    self.at = at
    let encoded = JSONWriter.encode(record)
    // An exact copy: the writer's buffer grew by doubling, and a third of it would be kept unused.
    recordBytes = [UInt8](unsafeUninitializedCapacity: encoded.count) { buffer, count in
      _ = buffer.initialize(from: encoded)
      count = encoded.count
    }
    isCapture = fetch.isCapture
    // The record's own passages (those of a fold) are read from it again; others are kept.
    givenPassages = passages == SourceFetchedPayload(record)?.passages ?? [] ? nil : passages
  }

  /// The event's `data` as recorded, which exports copy as they are (members a later version
  /// adds included); read the typed `fetch` and `passages` instead.
  public var record: JSONValue { (try? JSONParser.parse(recordBytes)) ?? .null }

  /// The fetch, typed (see `FetchRecord`).
  public var fetch: FetchRecord { FetchRecord(record) }

  public var passages: [PassageRecord] {
    get {
      if let givenPassages { return givenPassages }
      // Straight from the bytes when they hold what that reading expects; else parsed, by the
      // payload's own rule (no `url`, no passages).
      return recordBytes.withUnsafeBufferPointer(PassageRecord.reading) ?? Self.passages(of: record)
    }
    set { givenPassages = newValue }
  }

  /// The passages `SourceFetchedPayload(record)` reads, without typing the rest of the record.
  static func passages(of record: JSONValue) -> [PassageRecord] {
    guard record["url"]?.stringValue != nil else { return [] }
    return record["passages"]?.arrayValue?.compactMap(PassageRecord.init) ?? []
  }

  /// Writes `record` as `JSONWriter` writes it: the recorded bytes as they are when they are
  /// already what it writes (`CanonicalJSON`: what `fetch` records always is), else parsed
  /// and written again.
  package func writeRecord(to writer: inout JSONWriter) {
    if CanonicalJSON.isCanonical(recordBytes) {
      recordBytes.withUnsafeBufferPointer { writer.appendRaw($0) }
    } else {
      writer.write(record)
    }
  }

  /// "HTTP 200", "HTTP 200, unchanged" or "failed (timeout)".
  public var outcome: String { fetch.summary }

  public static func == (a: SourceFetch, b: SourceFetch) -> Bool {
    // A record not laid out as the writer lays it out is kept as written when read from the
    // bytes, and as the writer writes it when parsed: the same record either way.
    a.at == b.at && (a.recordBytes == b.recordBytes || a.record == b.record) && a.passages == b.passages
  }
}

/// A passage of a fetched page that bears on a claim.
public struct PassageRecord: Sendable, Equatable {
  public var text: String
  public var score: Double
  public var matchedTerms: [String]
  /// The passage's paragraph in the page's text.
  public var paragraph: Int?
  /// Set when the passage states a different number or year for the same thing.
  public var contradiction: String?

  public init(text: String, score: Double, matchedTerms: [String], paragraph: Int? = nil, contradiction: String? = nil) {
    self.text = text
    self.score = score
    self.matchedTerms = matchedTerms
    self.paragraph = paragraph
    self.contradiction = contradiction
  }

  /// As `source.fetched` records it: the score in integer millionths, like every number in the ledger.
  var json: JSONValue {
    var object: [String: JSONValue] = [
      "text": .string(text), "score": .int(Int((score * 1_000_000).rounded())), "matched_terms": .strings(matchedTerms),
    ]
    if let paragraph { object["paragraph"] = .int(paragraph) }
    if let contradiction { object["contradiction"] = .string(contradiction) }
    return .object(object)
  }

  /// Nil without a string `text` and an integer `score`.
  init?(_ value: JSONValue) {
    guard let text = value["text"]?.stringValue, let score = value["score"]?.intValue else { return nil }
    self.init(
      text: text, score: Double(score) / 1_000_000,
      matchedTerms: (value["matched_terms"]?.arrayValue ?? []).compactMap(\.stringValue),
      paragraph: value["paragraph"]?.intValue, contradiction: value["contradiction"]?.stringValue)
  }
}

public struct NoteRecord: Sendable, Equatable {
  public var text: String
  public var actor: String
  public var at: String

  public init(text: String, actor: String, at: String) {
    self.text = text
    self.actor = actor
    self.at = at
  }
}

/// One line of a claim's history: who did what, when, and why.
public struct HistoryEntry: Sendable, Equatable {
  public var seq: Int
  public var at: String
  public var actor: String
  public var op: EventOp
  /// A one-line human summary ("status open -> verified: confirmed by AP transcript").
  public var summary: String {
    get { described.text }
    set { described = .text(newValue) }
  }
  public var hash: String {
    get { digest.string }
    set { digest = EventDigest(newValue) }
  }
  /// The hash as 32 bytes (see `EventDigest`).
  var digest: EventDigest
  /// The summary's parts: a fold of 300,000 events builds a summary for each, and few are read.
  private var described: Summary

  public init(seq: Int, at: String, actor: String, op: EventOp, summary: String, hash: String) {
    self.init(seq: seq, at: at, actor: actor, op: op, described: .text(summary), hash: hash)
  }

  init(seq: Int, at: String, actor: String, op: EventOp, described: Summary, hash: String) {
    self.init(seq: seq, at: at, actor: actor, op: op, described: described, digest: EventDigest(hash))
  }

  init(seq: Int, at: String, actor: String, op: EventOp, described: Summary, digest: EventDigest) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.op = op
    self.described = described
    self.digest = digest
  }

  enum Summary: Sendable {
    case text(String)
    /// "note: TEXT", "source: REFERENCE": the string is the one the note or source holds.
    case note(String)
    case source(String)
    case status(from: ClaimStatus, to: ClaimStatus, note: String?)

    var text: String {
      switch self {
      case .text(let s): s
      case .note(let s): "note: \(s)"
      case .source(let s): "source: \(s)"
      case .status(let from, let to, let note): "status \(from.rawValue) -> \(to.rawValue)" + (note.map { ": \($0)" } ?? "")
      }
    }
  }

  public static func == (a: HistoryEntry, b: HistoryEntry) -> Bool {
    a.seq == b.seq && a.at == b.at && a.actor == b.actor && a.op == b.op && a.digest == b.digest && a.summary == b.summary
  }
}
