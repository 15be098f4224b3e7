import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

/// A fold that reads the ledger a chunk at a time (what `state()` and the server do) gives what a
/// fold of the whole bytes gives, names the same bad line, and keeps none of the bytes it read.
@Suite struct ChunkedFoldTests {
  static func chunked(_ bytes: [UInt8], chunk: Int) throws -> LedgerState {
    try LedgerReader.fold(length: bytes.count, verify: true, file: "claims/ledger.jsonl", chunk: chunk) { Array(bytes[$0]) }
  }

  @Test(arguments: [1, 200, 1000, 1 << 20])
  func foldsAsTheWholeBytesDo(chunk: Int) throws {
    let bytes = EventDataReaderTests.ledger(ClaimListingTests.mixedEvents)
    let whole = try LedgerReader.fold(bytes, verify: true)
    let read = try Self.chunked(bytes, chunk: chunk)
    #expect(read.orderedClaims == whole.orderedClaims)
    #expect(read.lastHash == whole.lastHash && read.lastSeq == whole.lastSeq)
    #expect(EventDataReaderTests.listing(read) == EventDataReaderTests.listing(whole))
  }

  @Test func aBadLineIsNamedAsByTheWholeFold() throws {
    var bytes = EventDataReaderTests.ledger(ClaimListingTests.mixedEvents)
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    // Flip one byte of the fourth line's hash.
    let fourth = lines[3].startIndex + lines[3].count - 5
    bytes[fourth] = bytes[fourth] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
    let whole = Result { try LedgerReader.fold(bytes, verify: true) }
    let read = Result { try Self.chunked(bytes, chunk: 300) }
    #expect(throws: LedgerError.self) { try whole.get() }
    #expect("\(read)" == "\(whole)")
  }

  /// The claims' texts are copied out of the chunks: slices of one buffer of the fold's own,
  /// the claim's text found in its sentence rather than copied twice.
  @Test func textsAreCopiedOutOfTheBytesRead() throws {
    let added = #"{"context_after":"After.","context_before":"Before.","score":1,"sentence":"He said it rose 5% in 2020.","text":"it rose 5% in 2020"}"#
    let bytes = EventDataReaderTests.ledger(added: Array(added.utf8))
    let state = try Self.chunked(bytes, chunk: 64)
    let claim = try #require(state.claims[EventDataReaderTests.claim])
    #expect(claim.text == "it rose 5% in 2020")
    #expect(claim.sentence == "He said it rose 5% in 2020.")
    #expect(claim.contextBefore == "Before." && claim.contextAfter == "After.")
    let text = try #require(claim.textStorage.slice)
    let sentence = try #require(claim.sentenceStorage.flatMap(\.slice))
    #expect(text.shared === sentence.shared)
    #expect(text.shared.bytes.count == "He said it rose 5% in 2020.Before.After.".utf8.count)
    #expect(sentence.range.lowerBound + 8 == text.range.lowerBound)
  }
}
