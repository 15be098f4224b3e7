import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport

@Suite struct ExtractCommandTests {
  static let article = """
    # Council cuts fares

    The council voted 7-2 on Tuesday to cut fares from $2.75 to $1.50, [the minutes](https://example.org/minutes) show.

    "Ridership has fallen by 31 percent since 2019," Councilmember Rosa Delgado said. "I think it is time."

    """

  static func writeArticle(in root: String) throws -> String {
    let path = root + "/fares.md"
    try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func recordsOnceStoresTheTextAndSpansPointIntoIt() async throws {
    let root = try await LedgerCommandTests.workspace()
    let file = try Self.writeArticle(in: root)
    let first = await CLIHarness.run(["extract", file, "--json"], in: root, environment: LedgerCommandTests.env)
    #expect(first.status == 0, "\(first.stderr)")
    let claims = try #require(try JSONParser.parse(first.stdout).arrayValue)
    #expect(claims.count >= 2)
    let texts = claims.compactMap { $0["text"]?.stringValue }
    #expect(texts.contains { $0.hasPrefix("Ridership has fallen by 31 percent since 2019") })
    let fares = try #require(claims.first { $0["text"]?.stringValue?.contains("$2.75") == true })
    #expect(fares["suggested_sources"]?.arrayValue?.compactMap(\.stringValue) == ["https://example.org/minutes"])

    // The stored text is what spans point into.
    let document = try #require(fares["document"]?.stringValue)
    let stored = try String(contentsOfFile: root + "/claims/documents/\(document).txt", encoding: .utf8)
    #expect(Hashing.sha256Hex(stored) == document)
    for claim in claims {
      let start = try #require(claim["span"]?["start"]?.intValue)
      let end = try #require(claim["span"]?["end"]?.intValue)
      let scalars = Array(stored.unicodeScalars)[start..<end]
      #expect(String(String.UnicodeScalarView(scalars)) == claim["text"]?.stringValue)
    }

    // Re-running adds nothing; the ledger verifies.
    let again = await CLIHarness.run(["extract", file], in: root, environment: LedgerCommandTests.env)
    #expect(again.stdout.hasPrefix("\(file) (Council cuts fares): 4 sentences read, "))
    #expect(again.stdout.contains("; \(claims.count) claims, recorded 0 new\n"))
    let verify = await CLIHarness.run(["ledger", "verify"], in: root)
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.contains("\(claims.count + 1) events"))

    // show --json gives the same fields as extract --json.
    let id = try #require(fares["id"]?.stringValue)
    let show = await CLIHarness.run(["show", id, "--json"], in: root)
    var shown = try #require(try JSONParser.parse(show.stdout).objectValue)
    shown["history"] = nil
    var extracted = try #require(fares.objectValue)
    extracted["short_id"] = nil
    shown["short_id"] = nil
    #expect(JSONValue.object(shown) == JSONValue.object(extracted))
  }

  @Test func dryRunWritesNothingAndNeedsNoWorkspace() async throws {
    let root = try TestData.temporaryDirectory("dry").path
    let file = try Self.writeArticle(in: root)
    let result = await CLIHarness.run(["extract", "--dry-run", file], in: root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("\(file) (Council cuts fares): 4 sentences read, "))
    #expect(result.stdout.contains("would record"))
    #expect(!FileManager.default.fileExists(atPath: root + "/claims"))
  }

  @Test func readsStandardInput() async throws {
    let result = await CLIHarness.run(
      ["extract", "--dry-run", "-", "--json"], stdin: "Unemployment fell to 3.5 percent in 2019, the lowest rate since 1969.\n")
    let claims = try #require(try JSONParser.parse(result.stdout).arrayValue)
    #expect(claims.count == 1)
    #expect(claims[0]["kinds"]?.arrayValue?.compactMap(\.stringValue).contains("quantity") == true)
  }

  @Test(arguments: [
    (["extract"], Int32(64), "claimdesk: error: Missing expected argument '<files> ...'"),
    (["extract", "--dry-run", "nope.txt"], 66, "claimdesk: error: nope.txt: no such file"),
    (["extract", "--dry-run", "-", "--min-score", "2"], 64, "claimdesk: error: --min-score must be between 0 and 1."),
    (["extract", "--dry-run", "-", "--date", "24/11/2015"], 64, "claimdesk: error: --date must look like 2015-11-24"),
    (["extract", "-", "-", "--dry-run"], 64, "claimdesk: error: Standard input (-) can be read only once."),
  ])
  func badInputGetsAClearError(arguments: [String], status: Int32, message: String) async throws {
    let root = try TestData.temporaryDirectory("bad").path
    let result = await CLIHarness.run(arguments, in: root, stdin: "")
    #expect(result.status == status)
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
  }

  @Test func binaryFileIsRefused() async throws {
    let root = try TestData.temporaryDirectory("bin").path
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: URL(fileURLWithPath: root + "/a.out"))
    let result = await CLIHarness.run(["extract", "--dry-run", "a.out"], in: root)
    #expect(result.status == 65)
    #expect(result.stderr == "claimdesk: error: a.out looks binary, not text\n")
  }

  /// The example that defines the product (../shared/data/seed).
  @Test(.requires(.sharedData)) func seedArticleRanksTheUniversalClaimNearTheTop() async throws {
    let path = try TestData.shared("seed/kerry-jerusalem-2015.txt").path
    let result = await CLIHarness.run(["extract", "--dry-run", "--json", "--date", "2015-11-24", path])
    #expect(result.status == 0, "\(result.stderr)")
    let claims = try #require(try JSONParser.parse(result.stdout).arrayValue)
    let top = claims.prefix(3)
    let toner = try #require(top.first { $0["text"]?.stringValue?.hasPrefix("Every U.S. administration since 1967") == true })
    #expect(toner["speaker"]?.stringValue == "Mark Toner")
    let kinds = toner["kinds"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(kinds.contains("universal") && kinds.contains("temporal"))
  }
}

/// Triage: the default threshold, --min-score, --all-sentences and the workspace setting, and
/// the dry run printing exactly what extract records.
@Suite struct TriageCommandTests {
  static let article = """
    # Fares

    The council voted 7-2 on Tuesday to cut fares from $2.75 to $1.50, the minutes show.

    It was a lovely day.

    Is this the right thing to do?

    """

  static func count(_ args: [String], in root: String) async throws -> Int {
    let result = await CLIHarness.run(args + ["--json"], in: root, environment: LedgerCommandTests.env)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try JSONParser.parse(result.stdout).arrayValue).count
  }

  @Test func theDefaultLeavesOutWhatAllSentencesKeeps() async throws {
    let root = try TestData.temporaryDirectory("triage").path
    let file = root + "/fares.md"
    try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
    let triaged = try await Self.count(["extract", "--dry-run", file], in: root)
    let everything = try await Self.count(["extract", "--dry-run", "--all-sentences", file], in: root)
    let strict = try await Self.count(["extract", "--dry-run", "--min-score", "0.99", file], in: root)
    #expect(triaged >= 1 && triaged < everything)
    #expect(strict <= triaged)
    let table = await CLIHarness.run(["extract", "--dry-run", file], in: root)
    // The heading is a sentence read; headings give no claims.
    #expect(table.stdout.contains("4 sentences read, \(4 - triaged) left out"), "\(table.stdout)")
  }

  @Test func dryRunPrintsWhatExtractRecordsAndTheSettingApplies() async throws {
    let root = try await LedgerCommandTests.workspace()
    let file = root + "/fares.md"
    try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
    let dry = await CLIHarness.run(["extract", "--dry-run", "--json", file], in: root, environment: LedgerCommandTests.env)
    let recorded = await CLIHarness.run(["extract", "--json", file], in: root, environment: LedgerCommandTests.env)
    let ids = { (out: String) in try (JSONParser.parse(out).arrayValue ?? []).compactMap { $0["id"]?.stringValue } }
    #expect(try ids(dry.stdout) == ids(recorded.stdout))
    let set = await CLIHarness.run(["config", "set", "min-score", "1"], in: root, environment: LedgerCommandTests.env)
    #expect(set.status == 0, "\(set.stderr)")
    let none = await CLIHarness.run(["extract", "--json", file], in: root, environment: LedgerCommandTests.env)
    #expect(try ids(none.stdout).isEmpty)
    let bad = await CLIHarness.run(["config", "set", "min-score", "2"], in: root, environment: LedgerCommandTests.env)
    #expect(bad.status == 64)
  }

  @Test func handAddedClaimsAreScoredTypedAttributedAndTiedToADocument() async throws {
    let root = try await LedgerCommandTests.workspace()
    let file = root + "/fares.md"
    try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
    let extracted = await CLIHarness.run(["extract", "--json", file], in: root, environment: LedgerCommandTests.env)
    let document = try #require(try JSONParser.parse(extracted.stdout).arrayValue?.first?["document"]?.stringValue)
    let add = await CLIHarness.run(
      ["add", "Crime fell 5 percent in 2018, Mayor Ann Lee said.", "--doc", String(document.prefix(8))], in: root,
      environment: LedgerCommandTests.env)
    #expect(add.status == 0, "\(add.stderr)")
    let list = await CLIHarness.run(["list", "--json"], in: root, environment: LedgerCommandTests.env)
    let claims = try #require(try JSONParser.parse(list.stdout).arrayValue)
    let hand = try #require(claims.first { $0["text"]?.stringValue?.hasPrefix("Crime fell") == true })
    #expect(hand["speaker"]?.stringValue == "Ann Lee")
    #expect(hand["document"]?.stringValue == document)
    #expect(hand["score"]?.doubleValue.map { $0 > 0.5 } == true)
    #expect(hand["kinds"]?.arrayValue?.compactMap(\.stringValue).contains("quantity") == true)
    let unknown = await CLIHarness.run(["add", "Taxes rose.", "--doc", "ffffffff"], in: root, environment: LedgerCommandTests.env)
    #expect(unknown.status == 64)
  }
}
