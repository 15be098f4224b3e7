import ClaimdeskKit
import Foundation
import Testing

@Suite struct ExportCommandTests {
  /// A desk where the unemployment claim is false (it has a source) and the other open.
  static func reviewed() async throws -> WorksheetDesk {
    let desk = try await WorksheetDesk.make()
    let marked = await desk.run(["mark", "3ca4e2", "false", "--note", "It was 5.4%."], actor: "rosa")
    guard marked.status == 0 else { throw DeskError(message: marked.stderr) }
    return desk
  }

  @Test func claimReviewNeedsThePublisherAndBaseURL() async throws {
    let desk = try await Self.reviewed()
    let missing = await desk.run(["export", "--format", "claimreview"])
    #expect(missing.status == 64)
    #expect(
      missing.stderr
        == "claimdesk: error: the ClaimReview export needs the publisher setting: run `claimdesk config set publisher NAME` "
        + "or pass --publisher NAME\n")
    let noURL = await desk.run(["export", "--format", "claimreview", "--publisher", "Desk"])
    #expect(noURL.status == 64)
    #expect(noURL.stderr.contains("needs the base-url setting"))
  }

  /// Only claims with a verdict, with the configured publisher and URL.
  @Test func claimReviewFromTheWorkspaceSettings() async throws {
    let desk = try await Self.reviewed()
    #expect(await desk.run(["config", "set", "publisher", "Fact Desk"]).stdout == "Set publisher to Fact Desk\n")
    #expect(await desk.run(["config", "set", "base-url", "https://desk.example/checks/"]).status == 0)
    let result = await desk.run(["export", "--format", "claimreview"])
    #expect(result.status == 0)
    let id = try desk.claim(WorksheetDesk.unemployment).id
    #expect(
      result.stdout == """
        [{"@context":"https://schema.org","@type":"ClaimReview","author":{"@type":"Organization","name":"Fact Desk",\
        "url":"https://desk.example/checks/"},"claimReviewed":"Unemployment fell to 4.2% in March 2015.",\
        "datePublished":"2015-11-24","itemReviewed":{"@type":"Claim"},"reviewRating":{"@type":"Rating",\
        "alternateName":"False","bestRating":5,"ratingValue":1,"worstRating":1},\
        "url":"https://desk.example/checks/\(id)"}]

        """)
    // The flags win over the settings.
    let flagged = await desk.run(["export", "--format", "claimreview", "--publisher", "Other", "--base-url", "https://o.example"])
    #expect(flagged.stdout.contains(#""name":"Other""#) && flagged.stdout.contains(#""url":"https://o.example/\#(id)""#))
  }

  @Test func csvIsRFC4180WithAHeader() async throws {
    let desk = try await Self.reviewed()
    #expect(await desk.run(["add", "=HYPERLINK(\"http://evil.example\"), said someone"]).status == 0)
    let result = await desk.run(["export", "--format", "csv", "--status", "open"])
    #expect(result.status == 0)
    let rows = result.stdout.dropFirst().components(separatedBy: "\r\n")  // after the byte order mark
    #expect(result.stdout.hasPrefix("\u{FEFF}id,short_id,document,status,score,"))
    #expect(rows.count == 4 && rows[3] == "")  // header, two open claims, and the final CRLF
    // A hand-added claim is scored and typed like an extracted one (the score is the shipped
    // model's, which moves when it is refitted: six decimals, check-worthy).
    let fields = rows[1].split(separator: ",", maxSplits: 8, omittingEmptySubsequences: false).map(String.init)
    #expect(fields.prefix(4) == ["07ac2315a408a93811a89fa8f378f302", "07ac23", "", "open"])
    #expect(fields[4].count == 8 && (Double(fields[4]) ?? 0) >= 0.5 && (Double(fields[4]) ?? 1) < 1)
    #expect(fields[5...7] == ["temporal; universal; event", "Mark Toner", ""])
    #expect(fields[8].hasPrefix("Every U.S. administration"))
    // A formula is defused with a leading ' and quoted because of its comma and quotes.
    #expect(rows.contains { $0.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\"), said someone\",") })
  }

  @Test func jsonLinesAreTheShowFields() async throws {
    let desk = try await Self.reviewed()
    let result = await desk.run(["export", "--format", "jsonl", "--out", "claims.jsonl"])
    #expect(result.status == 0)
    #expect(result.stdout == "Exported 2 claims to claims.jsonl\n")
    let lines = try String(contentsOfFile: desk.root + "/claims.jsonl", encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    let shown = await desk.run(["show", "3ca4e2", "--json"])
    #expect(lines.contains { $0 + "\n" == shown.stdout })
  }
}

@Suite struct StatusAndConfigCommandTests {
  @Test func statusAtAGlance() async throws {
    let desk = try await WorksheetDesk.make()
    let result = await desk.run(["status"])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Workspace \(desk.root)

        Documents: 0
          manual  2 claims  entered by hand

        Claims: 2
          open          2
          in-progress   0
          verified      0
          false         0
          misleading    0
          unverifiable  0
          dismissed     0

        Claims with sources not yet fetched: 1 (3ca4e2); `claimdesk fetch` gets them
        Last activity: 2015-11-24T14:03:07.000Z by tester (claim.source), event 3

        """)
  }

  @Test func configSetGetAndMistakes() async throws {
    let desk = try await WorksheetDesk.make()
    let unset = await desk.run(["config", "get", "publisher"])
    #expect(unset.status == 65)
    #expect(unset.stderr == "claimdesk: error: publisher is not set; set it with `claimdesk config set publisher NAME`\n")
    let unknown = await desk.run(["config", "set", "colour", "red"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr == "claimdesk: error: unknown setting 'colour'; the settings are publisher, base-url, min-score, model, ledger\n")
    let badURL = await desk.run(["config", "set", "base-url", "ftp://desk.example"])
    #expect(badURL.status == 64)
    #expect(await desk.run(["config", "set", "base-url", "https://desk.example/"]).status == 0)
    #expect(await desk.run(["config", "get", "base-url"]).stdout == "https://desk.example/\n")
    #expect(
      try String(contentsOfFile: desk.root + "/claims/config.json", encoding: .utf8)
        == #"{"base-url":"https://desk.example/"}"# + "\n")
  }
}
