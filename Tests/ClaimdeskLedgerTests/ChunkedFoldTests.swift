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

  /// On two threads the helper's lines reach the folding thread a batch at a time: with
  /// thousands of lines (many batches), the fold is the one-thread fold, and a bad line deep in
  /// the helper's batches, or in the folding thread's own lines, is the one named.
  @Test(arguments: [nil, 300, 2_500, 3_990])
  func manyBatchesFoldAsOneThreadDoes(badLine: Int?) throws {
    let notes = (0..<4_000).map { ("claim.note", Array(#"{"text":"note \#($0)"}"#.utf8)) }
    var lines = EventDataReaderTests.ledger(added: Array(#"{"text":"t"}"#.utf8), more: notes)
      .split(separator: 0x0A).map(Array.init)
    if let badLine, let i = lines[badLine - 1].firstIndex(of: UInt8(ascii: "n")) { lines[badLine - 1][i] = UInt8(ascii: "N") }
    let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
    let one = Result { try LedgerReader.fold(bytes, verify: true, parallelFrom: .max) }
    let two = Result { try LedgerReader.fold(bytes, verify: true, parallelFrom: 0) }
    let chunked = Result { try Self.chunked(bytes, chunk: 100_000) }
    switch one {
    case .success(let state):
      #expect(badLine == nil)
      #expect(state.claims[EventDataReaderTests.claim]?.notes.count == 4_000)
      #expect(try two.get().claims == state.claims && (try chunked.get().claims) == state.claims)
      #expect(try two.get().lastHash == state.lastHash && (try chunked.get().lastSeq) == state.lastSeq)
    case .failure:
      #expect(badLine != nil)
      #expect("\(two)" == "\(one)" && "\(chunked)" == "\(one)")
      guard case .failure(LedgerError.corruptLine(_, let line, let reason)) = two else { Issue.record("\(two)"); return }
      #expect(line == badLine && reason.hasPrefix("hash mismatch"))
    }
  }

  /// A `source.fetched` is read straight from the bytes (no JSON values made): the fetch keeps
  /// the data's bytes exactly, and what the fold derives from it (whether it captured the page,
  /// the history's summary) is what parsing the record whole gives, for a capture and a failure.
  @Test func fetchesAreReadFromTheBytes() throws {
    let captured = #"{"error":null,"hops":[{"status":200,"url":"https://e.org/a"}],"http_status":200,"outcome":"fetched","passages":[{"matched_terms":["rose"],"score":700000,"text":"It rose."}],"truncated":false,"url":"https://e.org/a"}"#
    let failed = #"{"error":{"category":"timeout","message":"m"},"hops":[],"http_status":0,"outcome":"failed","truncated":false,"url":"https://e.org/a"}"#
    let bytes = EventDataReaderTests.ledger(
      added: Array(#"{"text":"it rose"}"#.utf8),
      more: [
        ("claim.source", Array(#"{"reference":"https://e.org/a"}"#.utf8)), ("source.fetched", Array(captured.utf8)),
        ("source.fetched", Array(failed.utf8)),
      ])
    let slow = try LedgerReader.fold(bytes, verify: true, readingBytes: false)
    for state in [try LedgerReader.fold(bytes, verify: true), try Self.chunked(bytes, chunk: 100)] {
      let claim = try #require(state.claims[EventDataReaderTests.claim])
      #expect(claim == slow.claims[EventDataReaderTests.claim])
      let fetches = try #require(claim.sources.first?.fetches)
      #expect(fetches.count == 2)
      #expect(fetches.map(\.isCapture) == [true, false])
      #expect(fetches.map(\.outcome) == ["HTTP 200", "failed (timeout)"])
      #expect(claim.history.suffix(2).map(\.summary) == ["fetched https://e.org/a: HTTP 200", "fetched https://e.org/a: failed (timeout)"])
      #expect(fetches[0].passages.map(\.text) == ["It rose."])
      #expect(fetches[1].record == (try JSONParser.parse(Array(failed.utf8))))
      #expect(!claim.sources[0].isCaptured)
    }
  }

  /// History hashes and the last event's hash are kept as 32 bytes and read back as written; a
  /// hash that is not 64 lowercase hex digits is kept as it is.
  @Test(arguments: [
    String(repeating: "0", count: 64), "0123456789abcdef" + String(repeating: "f", count: 47) + "e", "", "abc",
    String(repeating: "A", count: 64), String(repeating: "a", count: 65), String(repeating: "a", count: 63) + "g",
  ])
  func eventHashesReadBackAsWritten(hash: String) {
    var claim = ClaimState(id: EventDataReaderTests.claim, text: "t", lastEventHash: hash)
    #expect(claim.lastEventHash == hash)
    claim.history.append(HistoryEntry(seq: 1, at: "a", actor: "b", op: .claimNote, summary: "s", hash: hash))
    #expect(claim.history[0].hash == hash)
    if hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
      #expect(claim.history[0].digest != .text(hash))
    } else {
      #expect(claim.history[0].digest == .text(hash))
    }
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
