import Testing
@testable import ClaimdeskLedger

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

  /// Full ids take a faster path (128-bit numbers): it must agree with comparing the text,
  /// for ids that share no, some or all of their digits.
  @Test func fullIDsAgreeWithTheTextPath() {
    var ids = (0..<2000).map { ClaimIDs.derive(document: "d", span: $0..<($0 + 1), text: "t", speaker: nil) }
    let base = ids[0]
    for shared in [5, 6, 7, 15, 16, 17, 31] {
      let last = base[base.index(base.startIndex, offsetBy: shared)]
      ids.append(String(base.prefix(shared)) + (last == "0" ? "1" : "0") + String(repeating: "e", count: 31 - shared))
    }
    ids.append(ids[1])  // a repeated id
    #expect(ClaimIDs.shortest(ids) == ClaimIDs.shortestByText(ids))
    #expect(ClaimIDs.shortest(ids)[ids.last!] == ids.last!)
  }

  @Test func prefixesResolveOrExplain() throws {
    let ws = try TestWorkspace()
    let ids = try ws.addClaims(40)
    #expect(try ws.ledger.resolve(String(ids[7].prefix(12)).uppercased()) == ids[7])
    #expect(throws: LedgerError.invalidClaimID("xyz!")) { try ws.ledger.resolve("xyz!") }
    #expect(throws: LedgerError.unknownClaim("ffffffffffff")) { try ws.ledger.resolve("ffffffffffff") }
    // Two ids made to share a 5-digit prefix: the shorter prefix is ambiguous and lists both.
    let twins = ["abcde1" + String(repeating: "0", count: 26), "abcde2" + String(repeating: "0", count: 26)]
    let index = LedgerIndex(claims: [(twins[1], [1]), (twins[0], [0])])
    #expect(index.ids(withPrefix: "abcde") == twins)
    #expect(index.shortID(twins[0]) == "abcde1")
  }
}
