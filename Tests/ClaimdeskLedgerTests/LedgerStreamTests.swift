import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger

/// Streaming reads and the streamed verify agree with whole reads and the whole fold.
@Suite struct LedgerStreamTests {
  /// Pieces end at line ends, whatever their size, and together are the bytes.
  @Test(arguments: [64, 300, 1000, 1 << 20])
  func piecesEndAtLineEndsAndCoverTheRange(pieceSize: Int) throws {
    let ws = try TestWorkspace()
    _ = try ws.addClaims(7)
    let store = FileLedgerStore(claimsDirectory: ws.claimsPath, pieceSize: pieceSize)
    let length = try #require(try store.head()).length
    var joined: [UInt8] = []
    try store.stream(0..<length) { piece, offset in
      #expect(offset == joined.count)
      #expect(piece.last == 0x0A)
      joined.append(contentsOf: piece)
    }
    #expect(joined == (try store.read(0..<length)))
  }

  /// The streamed replay counts what the whole fold holds, in small pieces too, and names the
  /// same first bad line.
  @Test func streamedVerifyMatchesTheFold() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(6)
    try ws.workbench.mark(ids[2], status: .false, sources: ["https://example.org/a"], note: "no")
    try ws.workbench.note(ids[4], text: "a note")
    let store = FileLedgerStore(claimsDirectory: ws.claimsPath, pieceSize: 200)
    let head = try #require(try store.head())
    let outcome = try LedgerVerifier().run(store, length: head.length)
    let state = try ws.ledger.state()
    #expect(outcome.events == state.lastSeq && outcome.claims == state.claims.count && outcome.lastHash == state.lastHash)

    var lines = ws.lines
    lines[3] = lines[3].replacingOccurrences(of: #""op":"claim.added""#, with: #""op":"claim.exploded""#)
    ws.lines = lines
    #expect {
      try LedgerVerifier().run(store, length: head.length)
    } throws: { error in
      guard case LedgerError.corruptLine(_, let line, _) = error else { return false }
      return line == 4
    }
  }

  /// `--since-last` hashes only what a full run did not, and says so; with no full run
  /// recorded for the ledger as it is, it hashes everything and says that.
  @Test func sinceLastSaysWhatItHashed() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(3)
    _ = try ws.ledger.verify()
    try ws.workbench.note(ids[0], text: "new since the full run")
    let since = try ws.ledger.verify(sinceLast: true)
    #expect(since.events == 4 && since.notes.count == 1 && since.notes[0].hasPrefix("--since-last: hashed only the lines after byte"))
    ws.lines = ws.lines  // rewritten in place: no longer the ledger the full run checked
    let again = try ws.ledger.verify(sinceLast: true)
    #expect(again.notes == ["--since-last: no full run is recorded for the ledger as it is now, so every line was hashed"])
  }
}
