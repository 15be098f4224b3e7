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

  /// Claims in the order they were added.
  public var orderedClaims: [ClaimState] { claimOrder.compactMap { claims[$0] } }

  /// Applies one event. Throws when the event makes no sense against the state so far.
  mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    guard let op = EventOp(rawValue: event.op) else { throw LineProblem("unknown op \"\(event.op)\"") }
    let data = event.data
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
    case .claimAdded:
      guard let id = event.claim, let text = data["text"]?.stringValue else {
        throw LineProblem("claim.added needs \"claim\" and data.text")
      }
      guard ClaimIDs.isFullID(id) else { throw LineProblem("claim id \"\(id)\" is not 32 lowercase hex digits") }
      guard claims.index(forKey: id) == nil else { break }
      if let document = event.document {
        guard documents[document] != nil else { throw LineProblem("claim.added names unknown document \(document.prefix(12))") }
        documents[document]!.claimCount += 1
      }
      var claim = Self.claim(id: id, text: text, event: event)
      claim.history.append(Self.historyEntry(event, summary: event.document == nil ? "added by hand" : "extracted"))
      claims[id] = claim
      claimOrder.append(id)
    case .claimStatus:
      let claim = try existingClaim(event)
      guard let raw = data["status"]?.stringValue, let status = ClaimStatus(rawValue: raw) else {
        throw LineProblem("claim.status needs a valid data.status")
      }
      let from = claims.values[claim].status
      claims.values[claim].status = status
      let note = data["note"]?.stringValue
      if let note { claims.values[claim].notes.append(NoteRecord(text: note, actor: event.actor, at: event.at)) }
      record(event, on: claim, summary: "status \(from.rawValue) -> \(status.rawValue)" + (note.map { ": \($0)" } ?? ""))
    case .claimNote:
      let claim = try existingClaim(event)
      guard let text = data["text"]?.stringValue else { throw LineProblem("claim.note needs data.text") }
      claims.values[claim].notes.append(NoteRecord(text: text, actor: event.actor, at: event.at))
      record(event, on: claim, summary: "note: \(text)")
    case .claimSource:
      let claim = try existingClaim(event)
      guard let reference = data["reference"]?.stringValue else { throw LineProblem("claim.source needs data.reference") }
      let isURL = data["kind"]?.stringValue == "url"
      if let index = claims.values[claim].sources.firstIndex(where: { $0.reference == reference }) {
        claims.values[claim].sources[index].adopted = true  // a fetched suggestion, now adopted
      } else {
        claims.values[claim].sources.append(SourceState(reference: reference, isURL: isURL, actor: event.actor, at: event.at))
      }
      record(event, on: claim, summary: "source: \(reference)")
    case .sourceFetched:
      let claim = try existingClaim(event)
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
      record(event, on: claim, summary: "fetched \(url): \(SourceFetch.outcome(of: data))")
    }
    lastSeq = event.seq
    lastHash = event.hash
    lastAt = event.at
  }

  /// Where the event's claim is in `claims`: hashed once per event, then updated in place
  /// through `claims.values[index]` (`claims[id]` would hash again, or copy the whole ClaimState).
  private func existingClaim(_ event: LedgerEvent) throws(LineProblem) -> [String: ClaimState].Index {
    guard let id = event.claim else { throw LineProblem("\(event.op) without \"claim\"") }
    guard let index = claims.index(forKey: id) else { throw LineProblem("\(event.op) for unknown claim \(id.prefix(12))") }
    return index
  }

  private mutating func record(_ event: LedgerEvent, on claim: [String: ClaimState].Index, summary: String) {
    claims.values[claim].history.append(Self.historyEntry(event, summary: summary))
    claims.values[claim].lastEventHash = event.hash
  }

  private static func historyEntry(_ event: LedgerEvent, summary: String) -> HistoryEntry {
    HistoryEntry(seq: event.seq, at: event.at, actor: event.actor, op: event.op, summary: summary, hash: event.hash)
  }

  private static func claim(id: String, text: String, event: LedgerEvent) -> ClaimState {
    let data = event.data
    var claim = ClaimState(id: id, text: text, lastEventHash: event.hash)
    claim.document = event.document
    claim.sentence = data["sentence"]?.stringValue
    claim.contextBefore = data["context_before"]?.stringValue
    claim.contextAfter = data["context_after"]?.stringValue
    if let start = data["span"]?["start"]?.intValue, let end = data["span"]?["end"]?.intValue, start <= end {
      claim.span = start..<end
    }
    claim.score = data["score"]?.intValue.map { Double($0) / 1_000_000 }
    claim.kinds = (data["kinds"]?.arrayValue ?? []).compactMap(\.stringValue)
    claim.speaker = data["speaker"]?.stringValue
    claim.hedges = (data["hedges"]?.arrayValue ?? []).compactMap(\.stringValue)
    claim.suggestedSources = (data["suggested_sources"]?.arrayValue ?? []).compactMap(\.stringValue)
    claim.cues = (data["cues"]?.arrayValue ?? []).compactMap { cue in
      guard let kind = cue["kind"]?.stringValue, let text = cue["text"]?.stringValue else { return nil }
      return ClaimCueRecord(kind: kind, text: text, value: cue["value"]?.stringValue)
    }
    return claim
  }

  private static func passage(_ value: JSONValue) -> PassageRecord? {
    guard let text = value["text"]?.stringValue, let score = value["score"]?.intValue else { return nil }
    return PassageRecord(
      text: text, score: Double(score) / 1_000_000,
      matchedTerms: (value["matched_terms"]?.arrayValue ?? []).compactMap(\.stringValue),
      contradiction: value["contradiction"]?.stringValue)
  }
}
