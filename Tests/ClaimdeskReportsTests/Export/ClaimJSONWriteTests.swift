import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports
@testable import ClaimdeskSupport

/// `ClaimJSON.writeArray` lays the objects out by hand for speed; it must stay byte for byte
/// what `JSONWriter` makes of `ClaimJSON.object`.
@Suite struct ClaimJSONWriteTests {
  static var claims: [ClaimState] {
    var bare = ClaimState(id: String(repeating: "ab", count: 16), text: "A \"quoted\"\nclaim / ünïcode", lastEventHash: "e1")
    bare.status = .unverifiable
    var citation = WorksheetFixtures.toner
    citation.sources.append(SourceState(reference: "AP interview, 2015-11-24", isURL: false, actor: "ann", at: "2015-11-25T10:00:00.000Z"))
    citation.notes.append(NoteRecord(text: "tab\there", actor: "bob", at: "2015-11-26T10:00:00.000Z"))
    citation.score = 1.0 / 3.0
    return WorksheetFixtures.all + [bare, citation]
  }

  @Test(arguments: [false, true])
  func writeArrayMatchesTheObjects(includeHistory: Bool) {
    var shortIDs = WorksheetFixtures.shortIDs
    shortIDs.removeValue(forKey: WorksheetFixtures.toner.id)  // one without a short id
    var writer = JSONWriter()
    ClaimJSON.writeArray(Self.claims, shortIDs: shortIDs, includeHistory: includeHistory, to: &writer)
    let expected = JSONWriter.encode(
      .array(Self.claims.map { ClaimJSON.object($0, shortID: shortIDs[$0.id], includeHistory: includeHistory) }))
    #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test func emptyArray() {
    var writer = JSONWriter()
    ClaimJSON.writeArray([], shortIDs: [:], includeHistory: true, to: &writer)
    #expect(writer.bytes == Array("[]".utf8))
  }
}
