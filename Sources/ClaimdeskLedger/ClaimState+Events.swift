import ClaimdeskSupport
/// The rules by which one claim's events change it. The whole-ledger fold (`LedgerState`) and
/// the one-claim-at-a-time fold of listings (`ClaimListing`) both apply them, so the two can
/// never disagree about a claim.
extension ClaimState {
  /// Whether a `claim.added` event makes a new claim (false for a repeated one, `isKnown`: a
  /// re-run extraction adds nothing); throws when it lacks what a claim needs. `init(added:data:)`
  /// then makes the claim.
  static func isNew(
    _ event: EventHeader, hasData: Bool, isKnown: (String) -> Bool, documentIsKnown: (String) -> Bool
  ) throws(LineProblem) -> Bool {
    guard let id = event.claim, hasData else { throw LineProblem("claim.added needs \"claim\" and data.text") }
    guard ClaimIDs.isFullID(id) else { throw LineProblem("claim id \"\(id)\" is not 32 lowercase hex digits") }
    guard !isKnown(id) else { return false }
    if let document = event.document, !documentIsKnown(document) {
      throw LineProblem("claim.added names unknown document \(document.prefix(12))")
    }
    return true
  }

  /// The claim a `claim.added` event makes, once `isNew` has said it does.
  init(added event: EventHeader, data: ClaimAddedData) {
    self.init(
      id: event.claim!, data: data, document: event.document, lastEventHash: event.hash,
      history: [Self.historyEntry(event, summary: .text(event.document == nil ? "added by hand" : "extracted"))])
  }

  /// A `claim.status`, `claim.note` or `claim.source` whose data was read straight from the
  /// ledger's bytes (see `ReviewData.reading`).
  mutating func apply(_ event: EventHeader, review data: ReviewData) throws(LineProblem) {
    switch event.op {
    case EventOp.claimNote.rawValue: try addNote(event, data)
    case EventOp.claimStatus.rawValue: try setStatus(event, data)
    case EventOp.claimSource.rawValue: try addSource(event, data)
    default: throw LineProblem("unknown op \"\(event.op)\"")
    }
  }

  /// Any event of this claim other than `claim.added`, parsed whole.
  mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    let data = event.data
    switch EventOp(rawValue: event.op) {
    case .claimStatus: try setStatus(event.header, ReviewData(data, main: "status", detail: "note"))
    case .claimNote: try addNote(event.header, ReviewData(data, main: "text", detail: nil))
    case .claimSource: try addSource(event.header, ReviewData(data, main: "reference", detail: "kind"))
    case .sourceFetched: try addFetch(event)
    case .claimAssigned: try assign(event)
    case .claimAdded, .documentAdded, nil: throw LineProblem("unknown op \"\(event.op)\"")
    }
  }

  private mutating func setStatus(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    guard let raw = data.main, let status = ClaimStatus(rawValue: raw) else {
      throw LineProblem("claim.status needs a valid data.status")
    }
    let from = self.status
    self.status = status
    if let note = data.detail { notes.append(NoteRecord(text: note, actor: event.actor, at: event.at)) }
    record(event, summary: .status(from: from, to: status, note: data.detail))
  }

  private mutating func addNote(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    guard let text = data.main else { throw LineProblem("claim.note needs data.text") }
    notes.append(NoteRecord(text: text, actor: event.actor, at: event.at))
    record(event, summary: .note(text))
  }

  private mutating func addSource(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    guard let reference = data.main else { throw LineProblem("claim.source needs data.reference") }
    if let index = sources.firstIndex(where: { $0.reference == reference }) {
      sources[index].adopted = true  // a fetched suggestion, now adopted
    } else {
      sources.append(SourceState(reference: reference, isURL: data.detail == "url", actor: event.actor, at: event.at))
    }
    record(event, summary: .source(reference))
  }

  private mutating func addFetch(_ event: LedgerEvent) throws(LineProblem) {
    guard let url = event.data["url"]?.stringValue else { throw LineProblem("source.fetched needs data.url") }
    // One event per claim and URL, so the index can find a claim's fetches by its id. The URL
    // is an attached source or one of the claim's suggested links.
    var index = sources.firstIndex(where: { $0.reference == url })
    if index == nil {
      guard suggestedSources.contains(url) else {
        throw LineProblem("source.fetched for \(url), which is neither a source nor a suggested link of claim \(id.prefix(12))")
      }
      sources.append(SourceState(reference: url, isURL: true, actor: event.actor, at: event.at, adopted: false))
      index = sources.count - 1
    }
    let found = (event.data["passages"]?.arrayValue ?? []).compactMap(Self.passage)
    sources[index!].fetches.append(SourceFetch(at: event.at, record: event.data, passages: found))
    record(event.header, summary: .text("fetched \(url): \(SourceFetch.outcome(of: event.data))"))
  }

  mutating func record(_ event: EventHeader, summary: HistoryEntry.Summary) {
    history.append(Self.historyEntry(event, summary: summary))
    lastEventHash = event.hash
  }

  private static func historyEntry(_ event: EventHeader, summary: HistoryEntry.Summary) -> HistoryEntry {
    HistoryEntry(seq: event.seq, at: event.at, actor: event.actor, op: event.op, described: summary, hash: event.hash)
  }

  private static func passage(_ value: JSONValue) -> PassageRecord? {
    guard let text = value["text"]?.stringValue, let score = value["score"]?.intValue else { return nil }
    return PassageRecord(
      text: text, score: Double(score) / 1_000_000,
      matchedTerms: (value["matched_terms"]?.arrayValue ?? []).compactMap(\.stringValue),
      contradiction: value["contradiction"]?.stringValue)
  }
}
