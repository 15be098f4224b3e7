import Testing
import ClaimdeskLedger
@testable import ClaimdeskServer

/// The pages' short ids, worked out one at a time, are the ones `ClaimIDs.shortest` gives.
@Suite struct ShortIDsTests {
  @Test func fullIDsGetThePrefixesTheWholeTableGives() {
    // Neighbours sharing 5, 6, 12 and all but the last digit, and ids far apart.
    let ids = [
      "0123456789abcdef0123456789abcdef", "01234f0000000000000000000000000a", "0123456789abcdef0123456789abcdee",
      "012345000000000000000000000000ff", "0123456789ab0000000000000000000f", "ffffffffffffffffffffffffffffffff",
      "a0000000000000000000000000000000",
    ]
    let short = ShortIDs(ids)
    let whole = ClaimIDs.shortest(ids)
    for id in ids { #expect(short[id] == whole[id], "\(id)") }
    #expect(short["0123456789abcdef0123456789abcded"] == nil)
    #expect(short["0123"] == nil)
  }

  @Test func otherIDsFallBackOnTheWholeTable() {
    let ids = ["0123456789abcdef0123456789abcdef", "not-a-hex-id-at-all", "0123456789abcdef0123456789abcdee"]
    let short = ShortIDs(ids)
    for (id, prefix) in ClaimIDs.shortest(ids) { #expect(short[id] == prefix) }
    #expect(short["missing"] == nil)
  }

  @Test func noClaimsNoShortIDs() {
    #expect(ShortIDs([String]())["0123456789abcdef0123456789abcdef"] == nil)
  }
}
