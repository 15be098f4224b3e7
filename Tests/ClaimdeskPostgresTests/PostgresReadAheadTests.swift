import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskKit
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres

/// A long read runs two statements at once on two connections (`PostgresLedgerStore.stream`).
/// With pieces of a few hundred bytes, a ledger of short and long lines (one longer than two
/// pieces) reads back the same from any start, whole or streamed, as a one-statement read.
@Suite struct PostgresReadAheadTests {
  @Test(.requires(.postgres)) func readingTwoPiecesAtOnceGivesTheStoredBytes() throws {
    let url = try TestPostgres.freshDatabase()
    try PostgresLedgerStore.create(LedgerDatabaseURL(url)).close()
    let root = try TestData.temporaryDirectory("pg-read-ahead").path
    try Workspace.create(at: root, ledgerURL: url)
    let desk = Workbench(workspace: Workspace(root: root), actor: "tester")
    for number in 0..<30 {
      let text = number == 17 ? "A long claim " + String(repeating: "with many words ", count: 80) + "rose 5%." : "Claim \(number) rose \(number)%."
      _ = try desk.addClaim(text: text, speaker: nil, sources: [])
    }
    let whole = PostgresLedgerStore(url: try LedgerDatabaseURL(url))
    let small = PostgresLedgerStore(url: try LedgerDatabaseURL(url), chunkBytes: 600)
    defer {
      whole.close()
      small.close()
    }
    let length = try #require(try whole.head()).length
    let all = try whole.read(0..<length)
    #expect(all.count == length)
    #expect(try small.read(0..<length) == all)
    var random = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let a = Int.random(in: 0...length, using: &random)
      let b = Int.random(in: a...length, using: &random)
      #expect(try small.read(a..<b) == Array(all[a..<b]))
    }
    #expect(try small.read(length..<(length + 5000)) == [])
    var pieces: [[UInt8]] = []
    var offsets: [Int] = []
    try small.stream(0..<length) { piece, offset in
      pieces.append(Array(piece))
      offsets.append(offset)
    }
    #expect(Array(pieces.joined()) == all)
    #expect(pieces.count > 4)
    #expect(offsets == pieces.indices.map { pieces[..<$0].reduce(0) { $0 + $1.count } })
    #expect(pieces.dropLast().allSatisfy { $0.last == 0x0A })
  }
}
