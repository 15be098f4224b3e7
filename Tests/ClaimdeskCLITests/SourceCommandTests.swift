import Foundation
import Testing

@Suite struct SourceCommandTests {
  @Test func addThenListWithSuggestions() async throws {
    let root = try await LedgerCommandTests.workspace()
    let file = try ExtractCommandTests.writeArticle(in: root)
    _ = await CLIHarness.run(["extract", file], in: root, environment: LedgerCommandTests.env)
    let list = await CLIHarness.run(["list"], in: root)
    let line = try #require(list.stdout.split(separator: "\n").first { $0.contains("$2.75") })
    let id = String(line.prefix(6))

    let add = await CLIHarness.run(["source", "add", id, "https://example.org/a", "AP, 2024", "https://example.org/a"], in: root)
    #expect(add.stdout == "Claim \(id): 2 sources added, 2 in all\n")
    let again = await CLIHarness.run(["source", "add", id, "https://example.org/a"], in: root)
    #expect(again.stdout == "Claim \(id): 0 sources added, 2 in all\n")

    let sources = await CLIHarness.run(["source", "list", id, "--suggested"], in: root)
    #expect(sources.stdout == """
      CLAIM   KIND       FETCHED  SOURCE
      \(id)  url        -        https://example.org/a
      \(id)  citation   -        AP, 2024
      \(id)  suggested  -        https://example.org/minutes

      """)
  }

  @Test(arguments: [
    (["source", "add", "abcdef"], Int32(64), "claimdesk: error: Missing expected argument '<source> ...'"),
    (["source", "add", "abcdef", "ftp://x"], 66, "claimdesk: error: no claim has an id starting with 'abcdef'"),
    (["source", "list", "zz"], 64, "claimdesk: error: 'zz' is not a claim id"),
  ])
  func badInput(arguments: [String], status: Int32, message: String) async throws {
    let root = try await LedgerCommandTests.workspace()
    let result = await CLIHarness.run(arguments, in: root)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
  }

  @Test func emptyWorkspaceSaysHowToStart() async throws {
    let root = try await LedgerCommandTests.workspace()
    let result = await CLIHarness.run(["source", "list"], in: root)
    #expect(result.stdout == "No sources yet: `claimdesk source add ID URL` attaches one.\n")
  }
}
