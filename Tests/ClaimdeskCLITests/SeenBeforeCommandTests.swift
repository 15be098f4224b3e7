import ClaimdeskTestSupport
import Foundation
import Testing

/// Seen before from the command line: a follow-up article's repeated claim, fact-checks imported
/// and matched, `match`, `match --reject` and `mark --same-as`, and what they refuse.
@Suite struct SeenBeforeCommandTests {
  static let first = "The minister said unemployment fell to 4.1% in March, the lowest level since 2001.\n"
  static let followUp = "Officials repeated that unemployment fell to 4.1% in March, the lowest level since 2001.\n"
  static let factChecks = """
    claim,verdict,url,date,publisher
    "Unemployment fell to 4.1% in March, the lowest since 2001",Mostly True,https://factcheck.example/jobs,2024-04-05,Example Check

    """

  struct Desk {
    let root: String
    func run(_ arguments: [String]) async -> CLIHarness.Result {
      await CLIHarness.run(arguments, in: root, environment: ["CLAIMDESK_WORKSPACE": root])
    }
    func file(_ name: String, _ text: String) throws -> String {
      try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
      return root + "/" + name
    }
    func json(_ arguments: [String]) async throws -> [[String: Any]] {
      let result = await run(arguments)
      #expect(result.status == 0, "\(result.stderr)")
      return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }
  }

  static func desk() async throws -> Desk {
    let desk = Desk(root: try TestData.temporaryDirectory("seen-before-cli").path)
    #expect(await desk.run(["init"]).status == 0)
    return desk
  }

  @Test func followUpClaimShowsTheEarlierVerdictEverywhere() async throws {
    let desk = try await Self.desk()
    #expect(await desk.run(["check", try desk.file("a.txt", Self.first)]).status == 0)
    let earlier = try #require(try await desk.json(["list", "--json"]).first)
    let earlierID = try #require(earlier["short_id"] as? String)
    #expect(await desk.run(["mark", earlierID, "verified", "--source", "https://www.bls.gov/x"]).status == 0)

    let check = await desk.run(["check", try desk.file("b.txt", Self.followUp)])
    #expect(check.status == 0)
    #expect(check.stdout.contains("Seen before (1 claim):\n"))
    #expect(check.stdout.contains("    - same claim as claim \(earlierID) (verified), similarity "))
    #expect(check.stderr == "")  // CLAIMDESK_MODEL=none: lexical on purpose, no note

    let listed = try await desk.json(["list", "--json"])
    let repeated = try #require(listed.first { ($0["text"] as? String)?.contains("4.1%") == true && $0["short_id"] as? String != earlierID })
    let seen = try #require((repeated["seen_before"] as? [[String: Any]])?.first)
    #expect(seen["claim"] as? String == earlier["id"] as? String)
    #expect(seen["tier"] as? String == "same claim")
    #expect(seen["status"] as? String == "verified")
    let repeatedID = try #require(repeated["short_id"] as? String)
    let show = await desk.run(["show", repeatedID])
    #expect(show.stdout.contains("seen before:\n  - same claim as claim \(earlierID) (verified)"))
    let worksheet = try String(contentsOfFile: desk.root + "/reports/b.md", encoding: .utf8)
    #expect(worksheet.contains("### Seen before"))

    let adopted = await desk.run(["mark", repeatedID, "--same-as", earlierID])
    #expect(adopted.stdout == "Marked claim \(repeatedID) verified\n")
  }

  @Test func handAddedClaimIsMatchedLikeAnExtractedOne() async throws {
    let desk = try await Self.desk()
    #expect(await desk.run(["check", try desk.file("a.txt", Self.first)]).status == 0)
    let earlierID = try #require(try await desk.json(["list", "--json"]).first?["short_id"] as? String)

    let added = await desk.run(["add", "Unemployment fell to 4.1% in March, the lowest level since 2001."])
    #expect(added.status == 0, "\(added.stderr)")
    let lines = added.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("Added claim ") == true)
    #expect(added.stdout.contains("Seen before (1 claim):\n"))
    #expect(added.stdout.contains("    - same claim as claim \(earlierID) (open), similarity "))

    // Nothing to repeat: no seen-before lines, and a claim already recorded is not matched again.
    let unrelated = await desk.run(["add", "The bridge over the Tamar opened in 1961."])
    #expect(!unrelated.stdout.contains("Seen before"))
    let again = await desk.run(["add", "Unemployment fell to 4.1% in March, the lowest level since 2001."])
    #expect(again.stdout.hasSuffix("is already recorded\n"))
    #expect(!again.stdout.contains("Seen before"))
  }

  @Test func factChecksImportMatchAndReject() async throws {
    let desk = try await Self.desk()
    let file = try desk.file("fc.csv", Self.factChecks)
    let imported = await desk.run(["factchecks", "import", file])
    #expect(imported.status == 0)
    #expect(imported.stdout.hasPrefix("\(file): 1 fact-check imported (claims/factchecks/"))
    #expect(await desk.run(["factchecks", "import", file]).stdout.contains("1 fact-check already imported"))
    #expect(await desk.run(["factchecks", "list"]).stdout.contains("fc.csv  1"))

    let match = await desk.run(["match", "Officials said unemployment fell to 4.1% in March, the lowest since 2001"])
    #expect(match.stdout.hasPrefix("1. same claim as fact-check https://factcheck.example/jobs (Example Check, 2024-04-05: Mostly True), similarity "))
    #expect(match.stdout.hasSuffix("(matched by words alone)\n"))

    #expect(await desk.run(["check", try desk.file("a.txt", Self.first)]).status == 0)
    let claim = try #require(try await desk.json(["list", "--json"]).first)
    let id = try #require(claim["short_id"] as? String)
    let seen = try #require((claim["seen_before"] as? [[String: Any]])?.first)
    #expect(seen["factcheck"] as? String == "https://factcheck.example/jobs")
    #expect(seen["verdict"] as? String == "Mostly True")

    let reject = await desk.run(["match", "--reject", id, "https://factcheck.example/jobs", "--note", "another month"])
    #expect(reject.stdout == "Rejected https://factcheck.example/jobs as a match of claim \(id)\n")
    let after = try #require(try await desk.json(["list", "--json"]).first)
    #expect((after["seen_before"] as? [Any])?.isEmpty == true)
    #expect(await desk.run(["ledger", "verify"]).status == 0)
  }

  @Test func mistakesAreOneLineWithTheRightStatus() async throws {
    let desk = try await Self.desk()
    _ = try desk.file("bad.csv", "verdict,url\nFalse,https://x.example\n")
    let unreadable = await desk.run(["factchecks", "import", "bad.csv"])
    #expect(unreadable.status == 65)
    #expect(unreadable.stderr == "bad.csv:1: error: no claim column in header (found: verdict, url); expected claim, verdict, url, date, publisher\n")
    #expect(await desk.run(["match"]).status == 64)
    #expect(await desk.run(["match", "words", "--claim", "abcd"]).status == 64)
    #expect(await desk.run(["mark", "abcd"]).status == 64)
    #expect(await desk.run(["check", try desk.file("a.txt", Self.first)]).status == 0)
    let id = try #require(try await desk.json(["list", "--json"]).first?["short_id"] as? String)
    let reject = await desk.run(["match", "--reject", id, "https://nowhere.example"])
    #expect(reject.status == 64)
    #expect(reject.stderr == "claimdesk: error: claim \(id) has no seen-before match 'https://nowhere.example'; `claimdesk show \(id)` lists its matches (or give another claim's id)\n")
  }
}
