import Testing

@testable import ClaimdeskKit

@Suite struct ClaimIDTests {
  @Test func idsAreStableAndContentDerived() {
    let a = ClaimIDs.derive(document: "d1", span: 3..<9, text: "x", speaker: nil)
    #expect(a == ClaimIDs.derive(document: "d1", span: 3..<9, text: "x", speaker: nil))
    #expect(a != ClaimIDs.derive(document: "d1", span: 3..<10, text: "x", speaker: nil))
    #expect(a != ClaimIDs.derive(document: "d2", span: 3..<9, text: "x", speaker: nil))
    #expect(a.count == 32)
  }

  @Test(arguments: [
    (["aaaaaaaa11", "bbbbbbbb22"], ["aaaaaa", "bbbbbb"]),
    (["abcdef0123", "abcdef0199", "ffffff0000"], ["abcdef012", "abcdef019", "ffffff"]),
    (["1234567890", "1234567891"], ["1234567890", "1234567891"]),
  ])
  func shortestUniquePrefixes(ids: [String], expected: [String]) {
    let short = ClaimIDs.shortest(ids)
    #expect(ids.map { short[$0]! } == expected)
  }

  @Test func prefixesResolveOrExplain() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(40)
    #expect(try ws.ledger.resolve(String(ids[7].prefix(12)).uppercased()) == ids[7])
    #expect(throws: LedgerError.invalidClaimID("xyz!")) { try ws.ledger.resolve("xyz!") }
    #expect(throws: LedgerError.unknownClaim("ffffffffffff")) { try ws.ledger.resolve("ffffffffffff") }
    // Two ids made to share a 5-digit prefix: the shorter prefix is ambiguous and lists both.
    let twins = ["abcde1" + String(repeating: "0", count: 26), "abcde2" + String(repeating: "0", count: 26)]
    var index = LedgerIndex()
    index.claimIDs = twins
    index.claimOffsets = [[0], [1]]
    #expect(index.ids(withPrefix: "abcde") == twins)
    #expect(index.shortID(twins[0]) == "abcde1")
  }
}
