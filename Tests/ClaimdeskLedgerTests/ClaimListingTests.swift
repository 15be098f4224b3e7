import Foundation
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports
@testable import ClaimdeskSupport

/// Listings fold one claim at a time through the index; for any ledger they must give what the
/// whole fold gives (the same claims, order, short ids and JSON bytes) or the same error.
@Suite struct ClaimListingTests {
  typealias Event = (op: String, claim: String?, data: [UInt8])

  /// How a listing of `bytes` went, after comparing it with the whole fold.
  enum Outcome: Equatable { case indexed, foldedWhole, failedAsTheFold }

  @discardableResult
  static func expectListingMatchesFold(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
    var index = LedgerIndex()
    index.add(bytes, base: 0)
    let whole = Result { try LedgerReader.fold(bytes, verify: false) }
    let listing = ClaimListing(bytes: LedgerBytes(bytes), index: index, checkHashes: false) {
      if case .failure(let error as LedgerError) = whole { return error }
      return .corruptLine(file: "claims/index", line: 0, reason: "stale")
    }
    guard let listing else { return .foldedWhole }
    var claims: [ClaimState] = []
    var shortIDs: [String] = []
    let listed = Result { try listing.forEach(in: 0..<listing.count) { claims.append($0); shortIDs.append($1) } }
    switch (whole, listed) {
    case (.success(let state), .success):
      let expected = ClaimOrder.byScore(state)
      let shortest = ClaimIDs.shortest(Array(state.claims.keys))
      #expect(claims == expected, sourceLocation: sourceLocation)
      #expect(shortIDs == expected.map { shortest[$0.id]! }, sourceLocation: sourceLocation)
      #expect(json(listing) == json(expected, shortest), sourceLocation: sourceLocation)
      return .indexed
    case (.failure(let error), .failure(let listingError)):
      #expect("\(listingError)" == "\(error)", sourceLocation: sourceLocation)
      return .failedAsTheFold
    default:
      Issue.record("the whole fold gave \(whole), the listing \(listed)", sourceLocation: sourceLocation)
      return .failedAsTheFold
    }
  }

  static func json(_ listing: ClaimListing) -> [UInt8] {
    var bytes: [UInt8] = []
    try? ClaimJSON.writeArray(listing, where: { _ in true }, includeHistory: true) { bytes += $0 }
    return bytes
  }

  static func json(_ claims: [ClaimState], _ shortest: [String: String]) -> [UInt8] {
    JSONWriter.encode(.array(claims.map { ClaimJSON.object($0, shortID: shortest[$0.id], includeHistory: true) }))
  }

  static let document = EventDataReaderTests.document
  static func id(_ n: Int) -> String { String(format: "%032x", n * 0x1111) }

  /// Several claims with scores that tie and differ, and review events interleaved.
  static var mixedEvents: [Event] {
    var events: [Event] = [("document.added", nil, Array(#"{"bytes_sha256":"x","format":"text","origin":"a.txt"}"#.utf8))]
    for n in 1...6 {
      let score = n == 3 ? "" : #","score":\#([500000, 900000, 0, 500000, 120000, 900000][n - 1])"#
      events.append(("claim.added", id(n), Array(#"{"kinds":["quantity"],"text":"Claim \#(n) rose 5%."\#(score),"suggested_sources":["https://example.org/\#(n)"]}"#.utf8)))
    }
    events += [
      ("claim.note", id(2), Array(#"{"text":"Checked with the \"AP\" desk"}"#.utf8)),
      ("claim.source", id(4), Array(#"{"kind":"url","reference":"https://example.org/src"}"#.utf8)),
      ("claim.status", id(4), Array(#"{"note":"confirmed","status":"verified"}"#.utf8)),
      ("source.fetched", id(1), Array(#"{"http_status":200,"passages":[{"matched_terms":["rose"],"score":700000,"text":"It rose 5%."}],"url":"https://example.org/1"}"#.utf8)),
      ("claim.added", id(2), Array(#"{"text":"A repeated claim.added adds nothing","score":1}"#.utf8)),
      ("claim.note", id(6), Array(#"{ "text" : "white space: read by the parser" }"#.utf8)),
    ]
    return events
  }

  @Test func listingMatchesTheWholeFold() {
    #expect(Self.expectListingMatchesFold(EventDataReaderTests.ledger(Self.mixedEvents)) == .indexed)
    #expect(Self.expectListingMatchesFold([]) == .indexed)
  }

  /// Ledgers that are valid but not as the writer writes them are folded whole.
  @Test(arguments: [
    ("document.added", #"{"bytes_sha256":"x","format":"text","origin":"a.txt"}"#),  // a second document.added
    ("claim.note", #"{"text":"a note that names no claim"}"#),
    ("claim.merged", #"{"into":"x"}"#),
  ])
  func unusualLedgersAreFoldedWhole(op: String, data: String) {
    let events = Self.mixedEvents + [(op, nil, Array(data.utf8))]
    let outcome = Self.expectListingMatchesFold(EventDataReaderTests.ledger(events))
    #expect(outcome != .indexed)
  }

  /// A claim that names a document added after it, or events before their claim: the
  /// listing fails with the whole fold's error.
  @Test func misorderedEventsFailAsTheFold() {
    var events = Self.mixedEvents
    events.swapAt(0, 1)
    #expect(Self.expectListingMatchesFold(EventDataReaderTests.ledger(events)) != .indexed)
    events = Self.mixedEvents
    events.insert(("claim.note", Self.id(9), Array(#"{"text":"early"}"#.utf8)), at: 1)
    events.insert(("claim.added", Self.id(9), Array(#"{"text":"late"}"#.utf8)), at: 3)
    #expect(Self.expectListingMatchesFold(EventDataReaderTests.ledger(events)) == .failedAsTheFold)
  }

  /// Every cut and one-byte change of a claim.added's and a note's data, in a ledger chained
  /// anew each time: the listing agrees with the whole fold on every one.
  @Test func damagedDataListsAsTheFoldFolds() {
    let added = #"{"cues":[{"kind":"year","text":"1967","value":null}],"kinds":["temporal"],"score":912345,"sentence":"Said \"he\"","speaker":"Mark Toner","text":"Every one since 1967."}"#
    let note = #"{"text":"n"}"#
    var outcomes: [Outcome: Int] = [:]
    for (target, data) in [(1, added), (3, note)] {
      let body = Array(data.utf8)
      var variants: [[UInt8]] = (1..<body.count).map { Array(body[..<$0]) }
      for i in body.indices {
        for b in [0x22, 0x5C, 0x7D, 0x5D, 0x2C, 0x3A, 0x30, 0x20] as [UInt8] where body[i] != b {
          var v = body
          v[i] = b
          variants.append(v)
        }
      }
      for variant in variants {
        var events: [Event] = [
          ("document.added", nil, Array(#"{"bytes_sha256":"x","format":"text","origin":"a.txt"}"#.utf8)),
          ("claim.added", Self.id(1), Array(added.utf8)),
          ("claim.added", Self.id(2), Array(#"{"text":"other","score":5}"#.utf8)),
          ("claim.note", Self.id(1), Array(note.utf8)),
        ]
        events[target].data = variant
        outcomes[Self.expectListingMatchesFold(EventDataReaderTests.ledger(events)), default: 0] += 1
      }
    }
    // Both ways were exercised: lists that passed, and damage both refused.
    #expect(outcomes[.indexed, default: 0] > 20 && outcomes[.failedAsTheFold, default: 0] > 100)
  }

  /// A chain whose links match byte for byte but are not hex: the listing, which does not keep
  /// `prev`, still refuses it as the fold does.
  @Test func nonHexLinksFailAsTheFold() {
    var lines = EventDataReaderTests.ledger(Self.mixedEvents).split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
    let hash = String(lines[7].suffix(66).prefix(64))
    let fake = String(repeating: "Z", count: 64)
    lines[7] = lines[7].replacingOccurrences(of: hash, with: fake)
    lines[8] = lines[8].replacingOccurrences(of: hash, with: fake)
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    #expect(Self.expectListingMatchesFold(bytes) == .failedAsTheFold)
  }

  /// The chain read from the lines' ends: the same on one thread and two; any break is seen.
  @Test func chainScanSeesWhatTheFoldSees() {
    let bytes = EventDataReaderTests.ledger(Self.mixedEvents)
    let tally = bytes.withUnsafeBufferPointer { ChainScan.tally($0, parallelFrom: .max) }
    #expect(tally == ChainScan.Tally(lines: 13, documentLines: 1, claimLines: 12))
    #expect(bytes.withUnsafeBufferPointer { ChainScan.tally($0, parallelFrom: 0) } == tally)
    var lines = bytes.split(separator: 0x0A).map(Array.init)
    lines.swapAt(4, 5)
    for parallelFrom in [Int.max, 0] {
      let swapped = Array(lines.joined(separator: [0x0A])) + [0x0A]
      #expect(swapped.withUnsafeBufferPointer { ChainScan.tally($0, parallelFrom: parallelFrom) } == nil)
      let cut = Array(lines.dropFirst().joined(separator: [0x0A])) + [0x0A]
      #expect(cut.withUnsafeBufferPointer { ChainScan.tally($0, parallelFrom: parallelFrom) } == nil)
    }
  }

  /// Through a workspace: a line edited in place (same length, so the index still looks valid)
  /// is caught by its hash; re-sealed with HEAD, the index no longer matches the last hash and
  /// is rebuilt, and the listing shows the edit.
  @Test func inPlaceEditsAreCaughtOrReindexed() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(3)
    try ws.workbench.note(ids[0], text: "first note")
    #expect(try ws.ledger.listing().isIndexed)
    // The note now names another claim.
    var lines = ws.lines
    let oldHash = Tampering.hash(of: lines[3])
    lines[3] = lines[3].replacingOccurrences(of: ids[0], with: ids[1])
    ws.lines = lines
    #expect(throws: LedgerError.self) { try Self.everyClaim(ws.ledger.listing()) }
    lines = Tampering.rechained(lines, from: 4)
    ws.lines = lines
    let head = try String(contentsOfFile: ws.headPath, encoding: .utf8)
    try head.replacingOccurrences(of: oldHash, with: Tampering.hash(of: lines[3])).write(toFile: ws.headPath, atomically: true, encoding: .utf8)
    let claims = try Self.everyClaim(ws.ledger.listing())
    #expect(claims.first { $0.id == ids[1] }?.notes.map(\.text) == ["first note"])
  }

  /// A deleted line fails the listing with the whole fold's error.
  @Test func brokenChainFailsAsStateDoes() throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(3)
    ws.lines = ws.lines.enumerated().filter { $0.offset != 1 }.map(\.element)
    let expected = Result { try ws.ledger.state() }
    let got = Result { try Self.everyClaim(ws.ledger.listing()) }
    guard case .failure(let a) = expected, case .failure(let b) = got else {
      Issue.record("expected both to fail")
      return
    }
    #expect("\(a)" == "\(b)")
  }

  static func everyClaim(_ listing: ClaimListing) throws -> [ClaimState] {
    var claims: [ClaimState] = []
    try listing.forEach(in: 0..<listing.count) { claim, _ in claims.append(claim) }
    return claims
  }

  @Test func orderedBatchesDeliverInOrderAndStopAtTheFirstError() throws {
    var seen: [Int] = []
    try OrderedBatches.run(count: 1000, batchSize: 7, workers: 3, window: 4) { Array($0) } deliver: { seen += $0 }
    #expect(seen == Array(0..<1000))
    struct Stop: Error {}
    seen = []
    #expect(throws: Stop.self) {
      try OrderedBatches.run(count: 1000, batchSize: 10, workers: 2) { range in
        if range.contains(505) { throw Stop() }
        return Array(range)
      } deliver: { seen += $0 }
    }
    #expect(seen == Array(0..<500))
  }

  @Test func knownKeysAreFoundByName() {
    for key in EventDataReader.KnownKey.allCases {
      let name = Array(key.name.utf8)
      #expect(name.withUnsafeBufferPointer { EventDataReader.KnownKey.named($0.baseAddress!, count: $0.count) } == key)
    }
    for other in ["texts", "Text", "spa", "context_afte", "suggested_source"] {
      #expect(Array(other.utf8).withUnsafeBufferPointer { EventDataReader.KnownKey.named($0.baseAddress!, count: $0.count) } == nil)
    }
  }
}
