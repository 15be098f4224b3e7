/// The state the ledger's events fold into. Folding is the only way state is made, so a
/// ledger that verifies always replays to the same state.
public struct LedgerState: Sendable {
  public private(set) var documents: [String: DocumentState] = [:]
  /// Document ids in the order they were added.
  public private(set) var documentOrder: [String] = []
  public private(set) var claims: [String: ClaimState] = [:]
  /// Claim ids in the order they were added.
  public private(set) var claimOrder: [String] = []
  public private(set) var lastSeq = 0
  public private(set) var lastHash = EventLine.genesis
  public private(set) var lastAt: String?

  public init() {}

  /// Room for about `count` claims, so that a fold of a large ledger does not rehash as it grows.
  mutating func reserveClaims(_ count: Int) { claims.reserveCapacity(count) }

  /// Claims in the order they were added.
  public var orderedClaims: [ClaimState] { claimOrder.compactMap { claims[$0] } }

  /// Applies one event. Throws when the event makes no sense against the state so far.
  mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    guard let op = EventOp(rawValue: event.op) else { throw LineProblem("unknown op \"\(event.op)\"") }
    let data = event.data
    let header = event.header
    switch op {
    case .documentAdded:
      guard let id = event.document else { throw LineProblem("document.added without \"document\"") }
      guard documents[id] == nil else { break }  // re-reading a document adds nothing
      guard let origin = data["origin"]?.stringValue, let format = data["format"]?.stringValue,
        let bytesSHA = data["bytes_sha256"]?.stringValue
      else { throw LineProblem("document.added needs origin, format and bytes_sha256") }
      documents[id] = DocumentState(
        id: id, origin: origin, title: data["title"]?.stringValue, format: format, bytesSHA256: bytesSHA,
        url: data["url"]?.stringValue, published: data["published"]?.stringValue, addedAt: event.at,
        addedBy: event.actor)
      documentOrder.append(id)
    case .claimAdded: try addClaim(header, ClaimAddedData(data))
    case .claimStatus: try setStatus(header, ReviewData(data, main: "status", detail: "note"))
    case .claimNote: try addNote(header, ReviewData(data, main: "text", detail: nil))
    case .claimSource: try addSource(header, ReviewData(data, main: "reference", detail: "kind"))
    case .sourceFetched:
      let claim = try existingClaim(header)
      guard let url = data["url"]?.stringValue else { throw LineProblem("source.fetched needs data.url") }
      // One event per claim and URL, so the index can find a claim's fetches by its id. The URL
      // is an attached source or one of the claim's suggested links.
      var index = claims.values[claim].sources.firstIndex(where: { $0.reference == url })
      if index == nil {
        guard claims.values[claim].suggestedSources.contains(url) else {
          throw LineProblem("source.fetched for \(url), which is neither a source nor a suggested link of claim \(claims.keys[claim].prefix(12))")
        }
        claims.values[claim].sources.append(SourceState(reference: url, isURL: true, actor: event.actor, at: event.at, adopted: false))
        index = claims.values[claim].sources.count - 1
      }
      let found = (data["passages"]?.arrayValue ?? []).compactMap(Self.passage)
      claims.values[claim].sources[index!].fetches.append(SourceFetch(at: event.at, record: data, passages: found))
      record(header, on: claim, summary: .text("fetched \(url): \(SourceFetch.outcome(of: data))"))
    }
    finish(header)
  }

  /// Applies a `claim.added` whose data was read straight from the ledger's bytes.
  mutating func apply(_ header: EventHeader, claimAdded data: ClaimAddedData) throws(LineProblem) {
    try addClaim(header, data)
    finish(header)
  }

  /// Applies a `claim.note`, `claim.status` or `claim.source` whose data was read straight
  /// from the ledger's bytes (see `ReviewData.reading`).
  mutating func apply(_ header: EventHeader, review data: ReviewData) throws(LineProblem) {
    switch header.op {
    case EventOp.claimNote.rawValue: try addNote(header, data)
    case EventOp.claimStatus.rawValue: try setStatus(header, data)
    case EventOp.claimSource.rawValue: try addSource(header, data)
    default: throw LineProblem("unknown op \"\(header.op)\"")
    }
    finish(header)
  }

  private mutating func finish(_ header: EventHeader) {
    lastSeq = header.seq
    lastHash = header.hash
    lastAt = header.at
  }

  private mutating func addClaim(_ event: EventHeader, _ data: ClaimAddedData?) throws(LineProblem) {
    guard let id = event.claim, let data else { throw LineProblem("claim.added needs \"claim\" and data.text") }
    guard ClaimIDs.isFullID(id) else { throw LineProblem("claim id \"\(id)\" is not 32 lowercase hex digits") }
    guard claims.index(forKey: id) == nil else { return }
    if let document = event.document {
      guard documents[document] != nil else { throw LineProblem("claim.added names unknown document \(document.prefix(12))") }
      documents[document]!.claimCount += 1
    }
    var claim = ClaimState(id: id, data: data, document: event.document, lastEventHash: event.hash)
    claim.history.append(Self.historyEntry(event, summary: .text(event.document == nil ? "added by hand" : "extracted")))
    claims[id] = claim
    claimOrder.append(id)
  }

  private mutating func setStatus(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    let claim = try existingClaim(event)
    guard let raw = data.main, let status = ClaimStatus(rawValue: raw) else {
      throw LineProblem("claim.status needs a valid data.status")
    }
    let note = data.detail
    let from = Self.update(&claims.values[claim]) { c in
      let from = c.status
      c.status = status
      if let note { c.notes.append(NoteRecord(text: note, actor: event.actor, at: event.at)) }
      return from
    }
    record(event, on: claim, summary: .status(from: from, to: status, note: note))
  }

  private mutating func addNote(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    let claim = try existingClaim(event)
    guard let text = data.main else { throw LineProblem("claim.note needs data.text") }
    claims.values[claim].notes.append(NoteRecord(text: text, actor: event.actor, at: event.at))
    record(event, on: claim, summary: .note(text))
  }

  private mutating func addSource(_ event: EventHeader, _ data: ReviewData) throws(LineProblem) {
    let claim = try existingClaim(event)
    guard let reference = data.main else { throw LineProblem("claim.source needs data.reference") }
    let isURL = data.detail == "url"
    Self.update(&claims.values[claim]) { c in
      if let index = c.sources.firstIndex(where: { $0.reference == reference }) {
        c.sources[index].adopted = true  // a fetched suggestion, now adopted
      } else {
        c.sources.append(SourceState(reference: reference, isURL: isURL, actor: event.actor, at: event.at))
      }
    }
    record(event, on: claim, summary: .source(reference))
  }

  /// Where the event's claim is in `claims`: hashed once per event, then updated in place
  /// through `claims.values[index]` (`claims[id]` would hash again, or copy the whole ClaimState).
  private func existingClaim(_ event: EventHeader) throws(LineProblem) -> [String: ClaimState].Index {
    guard let id = event.claim else { throw LineProblem("\(event.op) without \"claim\"") }
    guard let index = claims.index(forKey: id) else { throw LineProblem("\(event.op) for unknown claim \(id.prefix(12))") }
    return index
  }

  /// Reads and changes a claim in place: reading `claims.values[i].x` goes through a getter
  /// that copies the whole ClaimState (every array and string retained), once per event.
  private static func update<R>(_ claim: inout ClaimState, _ body: (inout ClaimState) -> R) -> R { body(&claim) }

  private mutating func record(_ event: EventHeader, on claim: [String: ClaimState].Index, summary: HistoryEntry.Summary) {
    claims.values[claim].history.append(Self.historyEntry(event, summary: summary))
    claims.values[claim].lastEventHash = event.hash
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
