/// The state the ledger's events fold into. Folding is the only way state is made, so a
/// ledger that verifies always replays to the same state.
public struct LedgerState: Sendable {
  public private(set) var documents: [String: DocumentState] = [:]
  /// Document ids in the order they were added.
  public private(set) var documentOrder: [String] = []
  public private(set) var claims: [String: ClaimState] = [:]
  /// Claim ids in the order they were added.
  public private(set) var claimOrder: [String] = []
  /// Files of published fact-checks imported, oldest first.
  public private(set) var factCheckImports: [FactCheckImport] = []
  public private(set) var lastSeq = 0
  public private(set) var lastHash = EventLine.genesis
  public private(set) var lastAt: String?

  public init() {}

  /// Copies the texts of the claims added from `claimOrder[start]` on into one buffer of their
  /// own (see `TextArena`), so that they hold none of the ledger bytes they were read from.
  mutating func keepTextsApart(ofClaimsFrom start: Int) {
    guard start < claimOrder.count else { return }
    var arena = TextArena()
    var moved: [(index: [String: ClaimState].Index, ranges: ClaimState.TextRanges)] = []
    moved.reserveCapacity(claimOrder.count - start)
    for id in claimOrder[start...] {
      guard let index = claims.index(forKey: id) else { continue }
      Self.change(&claims.values[index]) { moved.append((index, $0.copyTexts(into: &arena))) }
    }
    let shared = LedgerBytes(arena.bytes)
    for (index, ranges) in moved { Self.change(&claims.values[index]) { $0.useTexts(ranges, in: shared) } }
  }

  /// Room for `count` claims, so that the table is not grown (each time moving every claim)
  /// while a fold adds them.
  mutating func reserveClaims(_ count: Int) {
    claims.reserveCapacity(count)
    claimOrder.reserveCapacity(count)
  }

  /// Claims in the order they were added.
  public var orderedClaims: [ClaimState] { claimOrder.compactMap { claims[$0] } }

  /// Applies one event. Throws when the event makes no sense against the state so far.
  mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    let data = event.data
    switch event.op {
    case .documentAdded:
      guard let id = event.document else { throw LineProblem("document.added without \"document\"") }
      guard documents[id] == nil else { break }  // re-reading a document adds nothing
      documents[id] = try Self.document(event)
      documentOrder.append(id)
    case .claimAdded: try addClaim(event.header, ClaimAddedData(data))
    case .factChecksImported:
      factCheckImports.append(try Self.factCheckImport(event))
    case .claimStatus, .claimNote, .claimSource, .sourceFetched, .claimAssigned, .claimMatched, .matchRejected:
      let claim = try existingClaim(event.header)
      try Self.update(&claims.values[claim]) { c throws(LineProblem) in try c.apply(event) }
    }
    finish(event.header)
  }

  /// The document a `document.added` event records.
  static func document(_ event: LedgerEvent) throws(LineProblem) -> DocumentState {
    guard let id = event.document, let data = DocumentAddedPayload(event.data)
    else { throw LineProblem("document.added needs origin, format and bytes_sha256") }
    return DocumentState(
      id: id, origin: data.origin, title: data.title, format: data.format, bytesSHA256: data.bytesSHA256,
      url: data.url, published: data.published, addedAt: event.at, addedBy: event.actor)
  }

  /// The import a `factchecks.imported` event records.
  static func factCheckImport(_ event: LedgerEvent) throws(LineProblem) -> FactCheckImport {
    guard event.claim == nil, event.document == nil else {
      throw LineProblem("factchecks.imported names no claim and no document")
    }
    guard let data = FactChecksImportedPayload(event.data) else {
      throw LineProblem("factchecks.imported needs file, sha256 (64 hex digits), count and stored")
    }
    return FactCheckImport(payload: data, at: event.at, actor: event.actor, seq: event.seq)
  }

  /// Applies a `claim.added` whose data was read straight from the ledger's bytes.
  mutating func apply(_ header: EventHeader, claimAdded data: ClaimAddedData) throws(LineProblem) {
    try addClaim(header, data)
    finish(header)
  }

  /// Applies a `claim.note`, `claim.status` or `claim.source` whose data was read straight
  /// from the ledger's bytes (see `ReviewData.reading`).
  mutating func apply(_ header: EventHeader, review data: ReviewData) throws(LineProblem) {
    let claim = try existingClaim(header)
    try Self.update(&claims.values[claim]) { c throws(LineProblem) in try c.apply(header, review: data) }
    finish(header)
  }

  /// Applies a `source.fetched` whose data was read straight from the ledger's bytes.
  mutating func apply(_ header: EventHeader, fetched data: SourceFetchedData) throws(LineProblem) {
    let claim = try existingClaim(header)
    try Self.update(&claims.values[claim]) { c throws(LineProblem) in try c.addFetch(header, data) }
    finish(header)
  }

  private mutating func finish(_ header: EventHeader) {
    lastSeq = header.seq
    lastHash = header.hash
    lastAt = header.at
  }

  private mutating func addClaim(_ event: EventHeader, _ data: ClaimAddedData?) throws(LineProblem) {
    guard
      try ClaimState.isNew(
        event, hasData: data != nil, isKnown: { claims.index(forKey: $0) != nil }, documentIsKnown: { documents[$0] != nil }),
      let data, let id = event.claim
    else { return }
    if let document = event.document { documents[document]!.claimCount += 1 }
    claims[id] = ClaimState(added: event, data: data)
    claimOrder.append(id)
  }

  /// Where the event's claim is in `claims`: hashed once per event, then updated in place
  /// through `claims.values[index]` (`claims[id]` would hash again, or copy the whole ClaimState).
  private func existingClaim(_ event: EventHeader) throws(LineProblem) -> [String: ClaimState].Index {
    guard let id = event.claim else { throw LineProblem("\(event.op.rawValue) without \"claim\"") }
    guard let index = claims.index(forKey: id) else { throw LineProblem("\(event.op.rawValue) for unknown claim \(id.prefix(12))") }
    return index
  }

  /// Changes a claim in place: reading `claims.values[i].x` goes through a getter that copies
  /// the whole ClaimState (every array and string retained), once per event.
  private static func update(
    _ claim: inout ClaimState, _ body: (inout ClaimState) throws(LineProblem) -> Void
  ) throws(LineProblem) { try body(&claim) }

  private static func change(_ claim: inout ClaimState, _ body: (inout ClaimState) -> Void) { body(&claim) }
}
