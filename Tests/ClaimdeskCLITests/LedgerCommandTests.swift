import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport

@Suite struct LedgerCommandTests {
  /// A fresh workspace with the clock pinned, so output is exact.
  static func workspace() async throws -> String {
    let root = try TestData.temporaryDirectory("cli").path
    let result = await CLIHarness.run(["init", root])
    #expect(result.stdout == "Created workspace \(root) (claims/, reports/)\n")
    return root
  }

  static let env = ["SOURCE_DATE_EPOCH": "1448323200"]

  @Test func initIsIdempotent() async throws {
    let root = try await Self.workspace()
    let again = await CLIHarness.run(["init", root])
    #expect(again.status == 0)
    #expect(again.stdout == "Workspace \(root) already exists; nothing to do\n")
  }

  @Test func addListShowMarkNoteVerify() async throws {
    let root = try await Self.workspace()
    let add = await CLIHarness.run(
      ["add", "Every U.S. administration since 1967 has opposed Israeli settlement activity.", "--speaker", "Mark Toner"],
      in: root, environment: Self.env)
    #expect(add.status == 0)
    let id = String(add.stdout.dropFirst("Added claim ".count).dropLast())
    #expect(id.count == 6)

    let list = await CLIHarness.run(["list"], in: root)
    #expect(list.stdout == """
      ID      STATUS  SCORE  SPEAKER     TEXT
      \(id)  open    0.96   Mark Toner  Every U.S. administration since 1967 has opposed Israeli settlement activity.

      """)

    let refused = await CLIHarness.run(["mark", id, "verified"], in: root)
    #expect(refused.status == 65)
    #expect(refused.stderr.hasPrefix("claimdesk: error: claim \(id) cannot be marked verified without a source"))

    let mark = await CLIHarness.run(
      ["mark", id, "false", "--source", "https://history.state.gov/x", "--note", "Reagan called settlements 'not illegal'."],
      in: root, environment: Self.env)
    #expect(mark.stdout == "Marked claim \(id) false\n")
    _ = await CLIHarness.run(["note", id, "Ask the desk."], in: root, environment: Self.env)

    let show = await CLIHarness.run(["show", id], in: root)
    #expect(show.stdout == """
      claim    \(id)
      text     Every U.S. administration since 1967 has opposed Israeli settlement activity.
      status   false
      speaker  Mark Toner
      hedges   -
      kinds    temporal, universal, event
      score    0.96
      sources:
        - https://history.state.gov/x
      notes:
        - 2015-11-24T00:00:00.000Z  tester: Reagan called settlements 'not illegal'.
        - 2015-11-24T00:00:00.000Z  tester: Ask the desk.
      history:
        - #1  2015-11-24T00:00:00.000Z  tester  added by hand
        - #2  2015-11-24T00:00:00.000Z  tester  source: https://history.state.gov/x
        - #3  2015-11-24T00:00:00.000Z  tester  status open -> false: Reagan called settlements 'not illegal'.
        - #4  2015-11-24T00:00:00.000Z  tester  note: Ask the desk.

      """)

    let json = try JSONParser.parse(await CLIHarness.run(["show", id, "--json"], in: root).stdout)
    for key in ["id", "text", "sentence", "document", "span", "score", "kinds", "speaker", "hedges", "status", "sources",
      "suggested_sources", "notes", "history"]
    {
      #expect(json[key] != nil, "show --json lacks \(key)")
    }
    #expect(json["status"] == "false" && json["history"]?.arrayValue?.count == 4)

    let listJSON = try JSONParser.parse(await CLIHarness.run(["list", "--json", "--status", "false"], in: root).stdout)
    #expect(listJSON.arrayValue?.count == 1 && listJSON.arrayValue?[0]["history"] == nil)

    let verify = await CLIHarness.run(["ledger", "verify"], in: root)
    #expect(verify.status == 0 && verify.stdout.hasPrefix("claims/ledger.jsonl: ok: 4 events, 0 documents, 1 claims;"))
  }

  @Test func verifyNamesTheBadLine() async throws {
    let root = try await Self.workspace()
    for text in ["One rose 4%.", "Two fell 3%.", "Three doubled."] { _ = await CLIHarness.run(["add", text], in: root) }
    let path = root + "/claims/ledger.jsonl"
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "fell 3%", with: "fell 2%")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let verify = await CLIHarness.run(["ledger", "verify"], in: root)
    #expect(verify.status == 65)
    #expect(verify.stderr.hasPrefix("claims/ledger.jsonl:2: error: hash mismatch: the line was changed after it was written"))
  }

  /// `list` reads each claim's events on their own (through the index); a damaged one still
  /// gets the whole fold's error, naming the line, with or without --json.
  @Test(arguments: [["list"], ["list", "--json"]])
  func listNamesTheBadLine(arguments: [String]) async throws {
    let root = try await Self.workspace()
    for text in ["One rose 4%.", "Two fell 3%.", "Three doubled."] { _ = await CLIHarness.run(["add", text], in: root) }
    _ = await CLIHarness.run(["list"], in: root)  // the index, as a workspace in use has it
    #expect(FileManager.default.fileExists(atPath: root + "/claims/index"))
    let path = root + "/claims/ledger.jsonl"
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: #"{"origin":"manual","text":"Two"#, with: #"{"origin":"manual","texx":"Two"#)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let list = await CLIHarness.run(arguments, in: root)
    #expect(list.status == 65)
    // The edit changed the file outside a checked write, so every line's hash is checked first.
    #expect(list.stderr.hasPrefix("claims/ledger.jsonl:2: error: hash mismatch: the line was changed after it was written"))
  }

  @Test(arguments: [
    (["list"], 66, "claimdesk: error: no Claimdesk workspace in"),
    (["show", "zz"], 66, "claimdesk: error: no Claimdesk workspace in"),
    (["list", "--workspace", "/nonexistent/ws"], 66, "claimdesk: error: /nonexistent/ws is not a Claimdesk workspace"),
    (["mark"], 64, "claimdesk: error: Missing expected argument '<id>'"),
    (["mark", "abcd", "bogus"], 64, "claimdesk: error: The value 'bogus' is invalid for '<status>'"),
  ])
  func badInputGetsAClearErrorAndStatus(arguments: [String], status: Int32, message: String) async throws {
    let outside = try TestData.temporaryDirectory("nowhere").path
    let result = await CLIHarness.run(arguments, in: outside)
    #expect(result.status == status)
    #expect(result.stderr.hasPrefix(message), "stderr was: \(result.stderr)")
  }

  @Test func workspaceFromTheEnvironmentAndFromAFolderBelow() async throws {
    let root = try await Self.workspace()
    _ = await CLIHarness.run(["add", "Prices rose 5% in 2015."], in: root)
    let below = root + "/reports"
    #expect(await CLIHarness.run(["list"], in: below).stdout.contains("Prices rose 5% in 2015."))
    let elsewhere = try TestData.temporaryDirectory("elsewhere").path
    let viaEnv = await CLIHarness.run(["list"], in: elsewhere, environment: ["CLAIMDESK_WORKSPACE": root])
    #expect(viaEnv.stdout.contains("Prices rose 5% in 2015."))
  }
}
