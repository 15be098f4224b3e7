import Testing
@testable import ClaimdeskLedger

@Suite struct LedgerIndexTests {
  /// Ids and offsets as a ledger would give them: some claims with several events.
  static func events(_ n: Int) -> [(id: String, offset: Int)] {
    var generator = SystemRandomNumberGenerator()
    let ids = (0..<n).map { _ in String((0..<32).map { _ in "0123456789abcdef".randomElement(using: &generator)! }) }
    return (0..<(n * 3)).map { (ids[($0 * 7919) % n], $0 * 100) }
  }

  /// One big merge (a rebuild) and event-by-event inserts (marks) give the same index.
  @Test func inPlaceInsertsMatchTheBulkMerge() {
    let events = Self.events(300)
    var grouped: [String: [Int]] = [:]
    for (id, offset) in events { grouped[id, default: []].append(offset) }
    let bulk = LedgerIndex(claims: grouped.map { ($0.key, $0.value) })
    var incremental = LedgerIndex()
    for batch in stride(from: 0, to: events.count, by: 5) {
      var some: [String: [Int]] = [:]
      for (id, offset) in events[batch..<min(batch + 5, events.count)] { some[id, default: []].append(offset) }
      incremental = incremental.adding(some.map { ($0.key, $0.value) })
    }
    #expect(incremental.claimIDs == bulk.claimIDs)
    for id in bulk.claimIDs { #expect(incremental.offsets(of: id) == bulk.offsets(of: id)) }
    #expect(incremental.serialized() == bulk.serialized())
  }

  /// Scores come from each claim's claim.added, as the fold reads it, and survive the file form.
  @Test func scoresAreTheFoldsAndSurviveTheFile() throws {
    let bytes = EventDataReaderTests.ledger(ClaimListingTests.mixedEvents)
    var index = LedgerIndex()
    index.add(bytes, base: 0)
    let state = try LedgerReader.fold(bytes, verify: true)
    let scores = index.withView { view in (0..<view.count).map { (view.id(at: $0), view.scores[$0]) } }
    #expect(scores.count == state.claims.count)
    for (id, score) in scores {
      let expected = state.claims[id]!.score.map { Int(($0 * 1_000_000).rounded()) } ?? LedgerIndex.noScore
      #expect(score == expected)
    }
    let reloaded = try #require(LedgerIndex(serialized: index.serialized()))
    #expect(reloaded.serialized() == index.serialized())
    #expect(reloaded.withView { view in (0..<view.count).map { view.scores[$0] } } == scores.map(\.1))
  }

  /// A rebuild reads large ledgers in two halves at once; the index is the one a single pass
  /// makes, wherever the halves meet, and the one that appends build line by line.
  @Test func halvesMakeTheSameIndex() {
    let bytes = EventDataReaderTests.ledger(ClaimListingTests.mixedEvents)
    var whole = LedgerIndex()
    whole.add(bytes, base: 0, parallelFrom: .max)
    var halves = LedgerIndex()
    halves.add(bytes, base: 0, parallelFrom: 0)
    #expect(halves.serialized() == whole.serialized())
    var appended = LedgerIndex()
    var start = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
      appended.add(Array(line) + [0x0A], base: start)
      start += line.count + 1
    }
    #expect(appended.serialized() == whole.serialized())
  }
}
