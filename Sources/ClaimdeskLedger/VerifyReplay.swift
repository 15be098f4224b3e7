/// The fold's rules replayed on a state that keeps only what later events are checked against:
/// which documents and claims exist, and each claim's sources and suggested links (a fetch must
/// name one). The rules themselves are `ClaimState`'s, applied to a scratch claim, so `verify`
/// accepts exactly what the fold accepts while holding megabytes for a ledger of gigabytes.
struct VerifyReplay {
  private(set) var lastSeq = 0
  private(set) var lastHash = EventLine.genesis
  private(set) var documents: Set<String> = []
  private var claims: [ClaimKey: Trace] = [:]

  var claimCount: Int { claims.count }

  /// What a claim's later events are checked against.
  private struct Trace {
    var sources: [String] = []
    var suggested: [String] = []
  }

  /// A full claim id (32 lowercase hex digits) in 16 bytes.
  private struct ClaimKey: Hashable {
    let high: UInt64
    let low: UInt64

    init?(_ id: String) {
      guard ClaimIDs.isFullID(id) else { return nil }
      var words: (UInt64, UInt64) = (0, 0)
      for (i, b) in id.utf8.enumerated() {
        let digit = UInt64(b <= 57 ? b - 48 : b - 87)
        if i < 16 { words.0 = words.0 << 4 | digit } else { words.1 = words.1 << 4 | digit }
      }
      (high, low) = words
    }
  }

  mutating func apply(_ line: LedgerReader.ReadLine) throws(LineProblem) {
    switch line {
    case .claimAdded(let header, let data):
      try checkChain(header)
      try addClaim(header, suggested: data.suggestedSources, hasData: true)
      finish(header)
    case .review(let header, let data):
      try checkChain(header)
      try update(header) { claim throws(LineProblem) in try claim.apply(header, review: data) }
      finish(header)
    case .fetched(let header, let data):
      try checkChain(header)
      try update(header) { claim throws(LineProblem) in try claim.addFetch(header, data) }
      finish(header)
    case .event(let event):
      try checkChain(event.header)
      try apply(event)
      finish(event.header)
    case .problem(let problem, let header):
      if let header { try checkChain(header) }
      throw problem
    }
  }

  private mutating func apply(_ event: LedgerEvent) throws(LineProblem) {
    switch event.op {
    case .documentAdded:
      _ = try LedgerState.document(event)
      documents.insert(event.document!)
    case .claimAdded:
      let data = ClaimAddedData(event.data)
      try addClaim(event.header, suggested: data?.suggestedSources ?? [], hasData: data != nil)
    case .factChecksImported:
      _ = try LedgerState.factCheckImport(event)
    case .claimStatus, .claimNote, .claimSource, .sourceFetched, .claimAssigned, .claimMatched, .matchRejected:
      try update(event.header) { claim throws(LineProblem) in try claim.apply(event) }
    }
  }

  private mutating func addClaim(_ header: EventHeader, suggested: [String], hasData: Bool) throws(LineProblem) {
    let claims = self.claims
    let documents = self.documents
    guard
      try ClaimState.isNew(
        header, hasData: hasData, isKnown: { ClaimKey($0).map { claims[$0] != nil } ?? false },
        documentIsKnown: { documents.contains($0) }),
      let key = header.claim.flatMap(ClaimKey.init)
    else { return }
    self.claims[key] = Trace(suggested: suggested)
  }

  /// Applies an event to a scratch claim carrying what the rules read; keeps what they changed.
  private mutating func update(
    _ header: EventHeader, _ body: (inout ClaimState) throws(LineProblem) -> Void
  ) throws(LineProblem) {
    guard let id = header.claim else { throw LineProblem("\(header.op.rawValue) without \"claim\"") }
    guard let key = ClaimKey(id), let index = claims.index(forKey: key) else {
      throw LineProblem("\(header.op.rawValue) for unknown claim \(id.prefix(12))")
    }
    let touchesSources = header.op == .claimSource || header.op == .sourceFetched
    var scratch = ClaimState(id: id, text: "", lastEventHash: "")
    if touchesSources {
      scratch.sources = claims.values[index].sources.map { SourceState(reference: $0, isURL: true, actor: "", at: "") }
      scratch.suggestedSources = claims.values[index].suggested
    }
    try body(&scratch)
    if touchesSources { claims.values[index].sources = scratch.sources.map(\.reference) }
  }

  private func checkChain(_ event: EventHeader) throws(LineProblem) {
    guard event.seq == lastSeq + 1 else {
      throw LineProblem("seq \(event.seq) where \(lastSeq + 1) was expected (a line was deleted, added or moved)")
    }
    guard event.prev == lastHash else {
      throw LineProblem("prev does not match the hash of the event before it (a line was deleted, added or moved)")
    }
  }

  private mutating func finish(_ header: EventHeader) {
    lastSeq = header.seq
    lastHash = header.hash
  }
}
