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
      id: event.claim!, data: data, document: event.document,
      history: [Self.historyEntry(event, summary: .text(event.document == nil ? "added by hand" : "extracted"))])
  }

  /// A `claim.status`, `claim.note` or `claim.source`, its data typed (read straight from the
  /// ledger's bytes or from parsed JSON: see `ReviewData`).
  mutating func apply(_ event: EventHeader, review data: ReviewData) throws(LineProblem) {
    switch data {
    case .status(let payload): try setStatus(event, payload)
    case .note(let payload): addNote(event, payload)
    case .source(let payload): addSource(event, payload)
    }
  }

  /// Any event of this claim other than `claim.added`, parsed whole.
  mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    switch event.op {
    case .claimStatus, .claimNote, .claimSource:
      guard let data = ReviewData(event.data, op: event.op) else { throw LineProblem(Self.missingData(event.op)) }
      try apply(event.header, review: data)
    case .sourceFetched: try addFetch(event)
    case .claimAssigned: try assign(event)
    case .claimMatched: try setSeenBefore(event)
    case .matchRejected: try rejectMatch(event)
    case .claimAdded, .documentAdded, .factChecksImported: throw LineProblem("\(event.op.rawValue) is no event of an existing claim")
    }
  }

  private static func missingData(_ op: EventOp) -> String {
    switch op {
    case .claimStatus: "claim.status needs a valid data.status"
    case .claimNote: "claim.note needs data.text"
    case .claimSource: "claim.source needs data.reference"
    case .claimAdded, .documentAdded, .sourceFetched, .claimAssigned, .claimMatched, .matchRejected, .factChecksImported:
      "\(op.rawValue) has no review data"
    }
  }

  private mutating func setStatus(_ event: EventHeader, _ data: ClaimStatusPayload) throws(LineProblem) {
    guard let status = ClaimStatus(rawValue: data.status) else {
      throw LineProblem("claim.status needs a valid data.status")
    }
    let from = self.status
    self.status = status
    if let note = data.note { notes.append(NoteRecord(text: note, actor: event.actor, at: event.at)) }
    record(event, summary: .status(from: from, to: status, note: data.note))
  }

  private mutating func addNote(_ event: EventHeader, _ data: ClaimNotePayload) {
    notes.append(NoteRecord(text: data.text, actor: event.actor, at: event.at))
    record(event, summary: .note(data.text))
  }

  private mutating func addSource(_ event: EventHeader, _ data: ClaimSourcePayload) {
    if let index = sources.firstIndex(where: { $0.reference == data.reference }) {
      sources[index].adopted = true  // a fetched suggestion, now adopted
    } else {
      sources.append(SourceState(reference: data.reference, isURL: data.isURL, actor: event.actor, at: event.at))
    }
    record(event, summary: .source(data.reference))
  }

  private mutating func addFetch(_ event: LedgerEvent) throws(LineProblem) {
    guard let fetched = SourceFetchedPayload(event.data) else { throw LineProblem("source.fetched needs data.url") }
    try addFetch(
      event.header, url: fetched.url, SourceFetch(at: event.at, payload: fetched, record: event.data),
      summary: fetched.fetch.summary)
  }

  /// A `source.fetched` read straight from the ledger's bytes.
  mutating func addFetch(_ event: EventHeader, _ data: SourceFetchedData) throws(LineProblem) {
    try addFetch(event, url: data.url, SourceFetch(at: event.at, data: data), summary: data.summary)
  }

  private mutating func addFetch(_ event: EventHeader, url: String, _ fetch: SourceFetch, summary: String) throws(LineProblem) {
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
    sources[index!].fetches.append(fetch)
    record(event, summary: .text("fetched \(url): \(summary)"))
  }

  mutating func record(_ event: EventHeader, summary: HistoryEntry.Summary) {
    let entry = Self.historyEntry(event, summary: summary)
    history.append(entry)
    lastEventDigest = entry.digest
  }

  private static func historyEntry(_ event: EventHeader, summary: HistoryEntry.Summary) -> HistoryEntry {
    HistoryEntry(seq: event.seq, at: event.at, actor: event.actor, op: event.op, described: summary, digest: event.digest)
  }
}
