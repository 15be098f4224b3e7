import Foundation

/// The claims of a ledger's bytes as its index locates them, each folded from its own events
/// by the rules of `ClaimState` (see `ClaimListing`).
final class IndexedClaims: Sendable {
  private let shared: LedgerBytes
  private let index: LedgerIndex
  /// Each document's id, with the offset of its `document.added` (a claim may only name a
  /// document added before it).
  private let documents: [String: Int]
  /// The error to report when a claim's events do not fold: the whole fold's, which names the
  /// first bad line (or, if the whole fold passes, that the index is stale).
  private let explanation: Explanation
  /// Whether each line's hash is checked as it is folded (every line is a document's, checked
  /// here, or an indexed claim's, so a whole listing checks them all).
  private let checkHashes: Bool

  /// Nil unless the chain holds from the lines' ends, every line is a document's or an indexed
  /// claim's, and every indexed document's line is a `document.added` of that document.
  init?(bytes: LedgerBytes, index: LedgerIndex, checkHashes: Bool, explain: @escaping @Sendable () -> LedgerError) {
    guard index.ledgerLength == bytes.bytes.count else { return nil }
    let documents: [String: Int]? = bytes.bytes.withUnsafeBufferPointer { all in
      guard let tally = ChainScan.tally(all), tally.claimLines == index.eventCount,
        tally.documentLines == index.documentOffsets.count
      else { return nil }
      var documents: [String: Int] = [:]
      for (id, offset) in index.documentOffsets {
        guard let end = Self.lineEnd(from: offset, in: all),
          let event = try? EventLine.parse(UnsafeBufferPointer(rebasing: all[offset..<end]), checkHash: checkHashes),
          event.op == .documentAdded, event.document == id, (try? LedgerState.document(event)) != nil
        else { return nil }
        documents[id] = offset
      }
      return documents
    }
    guard let documents else { return nil }
    self.shared = bytes
    self.index = index
    self.documents = documents
    self.explanation = Explanation(explain)
    self.checkHashes = checkHashes
  }

  /// Index positions in `ClaimOrder`'s order, the claims' first events giving the order they
  /// were added. Scores are compared as the claims hold them, numbers in [0, 1].
  func positionsByRank() -> [Int] {
    index.withView { view in
      ClaimOrder.ranked(
        scores: (0..<view.count).map { view.scores[$0] == LedgerIndex.noScore ? nil : Double(view.scores[$0]) / 1_000_000 },
        added: (0..<view.count).map { view.eventOffsets(at: $0).first ?? 0 })
    }
  }

  /// The claims at `positions` folded from their own events, in that order, each handed to
  /// `body` with its shortest id. A batch reads through pointers and a reference to the bytes
  /// of its own: claims hold slices of the bytes, and threads that all counted references to
  /// one shared object would spend their time taking its cache line from one another.
  func forEach(_ positions: some Sequence<Int>, _ body: (ClaimState, String) throws -> Void) throws {
    let handle = LedgerBytes(shared.bytes)
    let documents = self.documents
    let checkHashes = self.checkHashes
    try index.withView { view in
      try handle.bytes.withUnsafeBufferPointer { all in
        var repeated = EventLine.RepeatedStrings(skipsPrev: true)
        for i in positions {
          let claim: ClaimState
          do throws(LineProblem) {
            claim = try fold(i, view, all, handle, documents, checkHashes, &repeated)
          } catch {
            throw explanation.error
          }
          try body(claim, view.shortID(at: i))
        }
      }
    }
  }

  private func fold(
    _ i: Int, _ view: LedgerIndex.View, _ all: UnsafeBufferPointer<UInt8>, _ handle: LedgerBytes,
    _ documents: [String: Int], _ checkHashes: Bool, _ repeated: inout EventLine.RepeatedStrings
  ) throws(LineProblem) -> ClaimState {
    let id = view.id(at: i)
    repeated.expect(claim: id)
    let score = view.scores[i]
    // A placeholder until the claim.added, and a flag rather than an Optional: testing an
    // Optional<ClaimState> against nil copies the whole claim (every string and array retained).
    var claim = ClaimState(id: id, text: "", lastEventHash: "")
    var isAdded = false
    for offset in view.eventOffsets(at: i) {
      guard let end = Self.lineEnd(from: offset, in: all) else { throw LineProblem("an indexed event has no end") }
      // Switched on as returned: bound to a name first, the line would be copied.
      switch LedgerReader.decode(
        offset..<end, of: all, shared: handle, checkHash: checkHashes, readingBytes: true, repeated: &repeated)
      {
      case .claimAdded(let header, let data):
        try Self.add(header, data, to: &claim, isAdded: &isAdded, at: offset, score: score, documents: documents)
      case .review(let header, let data):
        try Self.check(isAdded, header, id: id)
        try claim.apply(header, review: data)
      case .fetched(let header, let data):
        try Self.check(isAdded, header, id: id)
        try claim.addFetch(header, data)
      case .event(let event) where event.op == .claimAdded:
        try Self.add(
          event.header, ClaimAddedData(event.data), to: &claim, isAdded: &isAdded, at: offset, score: score,
          documents: documents)
      case .event(let event):
        try Self.check(isAdded, event.header, id: id)
        try claim.apply(event)
      case .problem(let problem, _):
        throw problem
      }
    }
    guard isAdded else { throw LineProblem("claim \(id.prefix(12)) has no claim.added") }
    return claim
  }

  private static func add(
    _ header: EventHeader, _ data: ClaimAddedData?, to claim: inout ClaimState, isAdded: inout Bool, at offset: Int,
    score: Int, documents: [String: Int]
  ) throws(LineProblem) {
    guard header.claim == claim.id else { throw LineProblem("the index does not match the line") }
    guard
      try ClaimState.isNew(
        header, hasData: data != nil, isKnown: { [isAdded] _ in isAdded },
        documentIsKnown: { documents[$0].map { $0 < offset } ?? false }),
      let data
    else { return }
    // The index read the score from this line when it was built; anything else is a stale index.
    guard (data.score ?? LedgerIndex.noScore) == score else { throw LineProblem("the index's score does not match the line") }
    claim = ClaimState(added: header, data: data)
    isAdded = true
  }

  /// An event of a claim already added must name this claim.
  private static func check(_ added: Bool, _ header: EventHeader, id: String) throws(LineProblem) {
    guard header.claim == id else { throw LineProblem("the index does not match the line") }
    guard added else { throw LineProblem("\(header.op.rawValue) for unknown claim \(id.prefix(12))") }
  }

  private static func lineEnd(from offset: Int, in all: UnsafeBufferPointer<UInt8>) -> Int? {
    guard offset >= 0, offset < all.count, let hit = memchr(all.baseAddress! + offset, 0x0A, all.count - offset)
    else { return nil }
    return all.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// The whole fold's error, made once however many threads meet a problem.
  private final class Explanation: @unchecked Sendable {
    private let lock = NSLock()
    private let make: @Sendable () -> LedgerError
    private var made: LedgerError?

    init(_ make: @escaping @Sendable () -> LedgerError) { self.make = make }

    var error: LedgerError {
      lock.withLock {
        if let made { return made }
        let error = make()
        made = error
        return error
      }
    }
  }
}
