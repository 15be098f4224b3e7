import ClaimdeskExtraction
import ClaimdeskLedger
import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskKit

/// Seen before, through the workbench: a follow-up article's repeated claim is linked to the
/// earlier one and its verdict, fact-checks are imported and checked, matches can be rejected
/// and verdicts adopted.
@Suite struct SeenBeforeTests {
  static let first = "Unemployment fell to 4.1% in March, the lowest level since 2001, the minister said. The mayor claimed that crime has doubled since 2019."
  static let followUp = "In a follow-up, officials repeated that unemployment fell to 4.1% in March, the lowest level since 2001. Critics said crime has tripled since 2019."

  static func desk() throws -> Workbench {
    let root = try TestData.temporaryDirectory("seen-before").path
    try Workspace.create(at: root)
    return Workbench(workspace: Workspace(root: root), actor: "tester")
  }

  /// Extracts a text as `check` would and matches its new claims, by words alone.
  @discardableResult
  static func check(_ text: String, in desk: Workbench, name: String) throws -> (ExtractionResult, SeenBeforeOutcome) {
    var options = ExtractionOptions()
    options.format = .text
    let result = try desk.extract(Array(text.utf8), origin: name, options: options, scorer: CheckWorthinessModel.shipped)
    let outcome = try desk.recordSeenBefore(for: result.claims.filter(\.added).map(\.id), model: .lexical)
    return (result, outcome)
  }

  static func claim(_ words: String, in desk: Workbench) throws -> ClaimState {
    try #require(try desk.state().orderedClaims.first { $0.text.contains(words) })
  }

  @Test func firstDocumentMatchesNothingAndLoadsNothing() throws {
    let desk = try Self.desk()
    let (result, outcome) = try Self.check(Self.first, in: desk, name: "a.txt")
    #expect(result.claims.count == 2)
    #expect(outcome.matches.isEmpty)
    #expect(outcome.method == nil)  // nothing to match against: no index built
  }

  @Test func repeatedClaimIsLinkedWithItsVerdictAndAFigureChangeIsFlagged() throws {
    let desk = try Self.desk()
    try Self.check(Self.first, in: desk, name: "a.txt")
    let earlier = try Self.claim("4.1%", in: desk)
    try desk.mark(earlier.id, status: .verified, sources: ["https://www.bls.gov/news.release/empsit.nr0.htm"], note: nil)
    let (_, outcome) = try Self.check(Self.followUp, in: desk, name: "b.txt")
    #expect(outcome.method == "lexical")

    let repeated = try Self.claim("unemployment fell", in: desk)
    let unemployment = try #require(repeated.seenBefore.first)
    #expect(unemployment.target == .claim(earlier.id))
    #expect(unemployment.tier == "same claim")
    #expect(unemployment.status == "verified")
    #expect(repeated.matchMethod == "lexical")

    let crime = try Self.claim("tripled", in: desk)
    let doubled = try Self.claim("doubled", in: desk)
    let match = try #require(crime.seenBefore.first { $0.target == .claim(doubled.id) })
    #expect(match.tier == "similar, different figure")
    #expect(match.figures?.contains("doubled") == true)
    #expect(try desk.ledger.verify().events > 0)
  }

  @Test func worksheetShowsWhatAClaimRepeats() throws {
    let desk = try Self.desk()
    try Self.check(Self.first, in: desk, name: "a.txt")
    let (result, _) = try Self.check(Self.followUp, in: desk, name: "b.txt")
    let worksheet = try #require(try desk.worksheets(document: result.documentID, generator: "claimdesk test").first)
    #expect(worksheet.text.contains("### Seen before"))
    #expect(worksheet.text.contains("same claim as claim"))
    #expect(worksheet.text.contains("“Unemployment fell to 4.1% in March, the lowest level since 2001”"))
  }

  @Test func rejectedMatchIsHiddenAndRecorded() throws {
    let desk = try Self.desk()
    try Self.check(Self.first, in: desk, name: "a.txt")
    try Self.check(Self.followUp, in: desk, name: "b.txt")
    let repeated = try Self.claim("unemployment fell", in: desk)
    let target = try #require(repeated.seenBefore.first).reference
    let after = try desk.rejectMatch(repeated.id, reference: String(target.prefix(8)), note: "another month")
    #expect(!after.seenBefore.contains { $0.reference == target })
    #expect(after.rejectedMatches == [target])
    #expect(after.history.last?.summary.contains("match rejected") == true)
    #expect(throws: SeenBeforeError.self) { try desk.rejectMatch(repeated.id, reference: "ffffffff", note: nil) }
  }

  @Test func adoptingAnEarlierClaimsVerdictNeedsOneAndCitesIt() throws {
    let desk = try Self.desk()
    try Self.check(Self.first, in: desk, name: "a.txt")
    try Self.check(Self.followUp, in: desk, name: "b.txt")
    let earlier = try Self.claim("4.1%", in: desk)
    let repeated = try Self.claim("unemployment fell", in: desk)
    #expect(throws: SeenBeforeError.noVerdictToAdopt(reference: "claim \(try desk.claim(earlier.id).shortID)", verdict: nil)) {
      try desk.markSameAs(repeated.id, other: earlier.id, status: nil, note: nil)
    }
    try desk.mark(earlier.id, status: .false, sources: ["Labour force survey, table 3"], note: nil)
    let marked = try desk.markSameAs(repeated.id, other: String(earlier.id.prefix(6)), status: nil, note: "same release")
    #expect(marked.status == .false)
    #expect(marked.sources.first?.reference.hasPrefix("earlier verdict: claim \(earlier.id.prefix(12)) marked false by tester") == true)
    #expect(marked.notes.last?.text.contains("same release") == true)
  }

  @Test func factChecksAreImportedOnceMatchedAndTheirVerdictAdopted() throws {
    let desk = try Self.desk()
    let file = desk.workspace.root + "/../fc-\(UUID().uuidString).csv"
    try """
      claim,verdict,url,date,publisher
      "Crime has doubled since 2019",Mostly False,https://factcheck.example/crime,2024-03-02,Example Check
      "The moon is made of cheese",Pants on Fire,https://factcheck.example/moon,2023-01-01,Example Check
      """.write(toFile: file, atomically: true, encoding: .utf8)
    let imported = try desk.importFactChecks(path: file)
    #expect(imported.count == 2 && imported.added)
    #expect(try desk.importFactChecks(path: file).added == false)
    #expect(try desk.factCheckImports().count == 1)

    try Self.check(Self.first, in: desk, name: "a.txt")
    let crime = try Self.claim("doubled", in: desk)
    let match = try #require(crime.seenBefore.first { $0.url == "https://factcheck.example/crime" })
    #expect(match.tier == "same claim")
    #expect(match.verdict == "Mostly False" && match.publisher == "Example Check" && match.date == "2024-03-02")
    let marked = try desk.markSameAs(crime.id, other: "https://factcheck.example/crime", status: nil, note: nil)
    #expect(marked.status == .misleading)
    #expect(marked.sources.first?.reference == "https://factcheck.example/crime")
    #expect(try desk.ledger.verify().events > 0)
  }

  @Test func aChangedStoredFactCheckFileIsRefusedNotTrusted() throws {
    let desk = try Self.desk()
    let file = desk.workspace.root + "/../fc-\(UUID().uuidString).csv"
    try "claim,verdict\nCrime has doubled since 2019,False\n".write(toFile: file, atomically: true, encoding: .utf8)
    let stored = try desk.importFactChecks(path: file).stored
    try "claim,verdict\nCrime has doubled since 2019,True\n".write(toFile: desk.workspace.root + "/" + stored, atomically: true, encoding: .utf8)
    #expect(throws: SeenBeforeError.self) { try Self.check(Self.first, in: desk, name: "a.txt") }
    #expect(throws: SeenBeforeError.self) { try desk.match(text: "crime doubled", top: 3, model: .lexical) }
  }

  @Test func badFactCheckFilesSayWhere() throws {
    let desk = try Self.desk()
    let file = desk.workspace.root + "/../bad-\(UUID().uuidString).csv"
    try "verdict,url\nFalse,https://x.example\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: SeenBeforeError.self) { try desk.importFactChecks(path: file) }
    #expect(try desk.factCheckImports().isEmpty)
  }

  @Test(arguments: [
    ("Pants on Fire!", ClaimStatus.false), ("Mostly False", .misleading), ("Half True", .misleading), ("Mostly true", .verified),
    ("TRUE", .verified), ("Incorrect", .false), ("Unproven", .unverifiable), ("Missing context", .misleading),
  ])
  func publishedRatingsReadAsStatuses(_ verdict: String, _ status: ClaimStatus) {
    #expect(VerdictReading.status(verdict) == status)
  }

  @Test func unknownRatingReadsAsNothing() {
    #expect(VerdictReading.status("Satire") == nil)
  }

  @Test(.requires(.encoderModel)) func paraphraseIsFoundByMeaning() throws {
    let desk = try Self.desk()
    try Self.check("The city's murder rate has doubled since 2019, the mayor said.", in: desk, name: "a.txt")
    let model = desk.matchingModel(environment: ["CLAIMDESK_MODEL": try TestData.tool(.encoderModel), "XDG_CACHE_HOME": desk.workspace.root + "/cache"])
    #expect(model.method == "hybrid")
    let found = try desk.match(text: "Homicides in the city are twice what they were in 2019.", top: 1, model: model)
    #expect(found.method == "hybrid")
    let best = try #require(found.candidates.first)
    #expect(best.similarity >= 0.5)
    #expect(best.tier != "unrelated")
  }
}
