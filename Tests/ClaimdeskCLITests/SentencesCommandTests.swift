import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskCLI

/// `claimdesk sentences`: exact output for each style, and the messages for awkward input.
@Suite struct SentencesCommandTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var file: [UInt8]
    var arguments: [String]
    var status: Int32 = 0
    var stdout: String
    var stderr = ""
    var description: String { name }
  }

  static let text = Array("Dr. Smith arrived. \u{201C}It\u{2019}s late,\u{201D} he said.\nNew line here\n".utf8)

  static let cases: [Case] = [
    Case(name: "plain", file: text, arguments: [], stdout: """
      Dr. Smith arrived.
      \u{201C}It\u{2019}s late,\u{201D} he said.
      New line here

      """),
    Case(name: "jsonl", file: text, arguments: ["--jsonl"], stdout: """
      {"index":0,"start":0,"end":18,"text":"Dr. Smith arrived.","paragraph":0}
      {"index":1,"start":19,"end":40,"text":"\u{201C}It\u{2019}s late,\u{201D} he said.","paragraph":0}
      {"index":2,"start":41,"end":54,"text":"New line here","paragraph":1}

      """),
    Case(name: "json", file: text, arguments: ["--json"], stdout: """
      [{"index":0,"start":0,"end":18,"text":"Dr. Smith arrived.","paragraph":0},
      {"index":1,"start":19,"end":40,"text":"\u{201C}It\u{2019}s late,\u{201D} he said.","paragraph":0},
      {"index":2,"start":41,"end":54,"text":"New line here","paragraph":1}]

      """),
    Case(name: "escapes", file: Array("He wrote \"a\\b\"\tthen.\n".utf8), arguments: ["--jsonl"], stdout: """
      {"index":0,"start":0,"end":20,"text":"He wrote \\"a\\\\b\\"\\tthen.","paragraph":0}

      """),
    Case(name: "unwrap", file: Array("A line that was\nbroken. Next.\n".utf8), arguments: ["--unwrap"],
         stdout: "A line that was broken.\nNext.\n"),
    Case(name: "markdown forced", file: Array("**Bold** claim. Next.\n".utf8), arguments: ["--format", "markdown"],
         stdout: "Bold claim.\nNext.\n"),
    Case(name: "empty", file: [], arguments: ["--jsonl"], stdout: "",
         stderr: "claimdesk: note: doc.txt is empty\n"),
    Case(name: "empty json", file: [], arguments: ["--json"], stdout: "[]\n",
         stderr: "claimdesk: note: doc.txt is empty\n"),
    Case(name: "whitespace", file: Array(" \n\t\n".utf8), arguments: [], stdout: "",
         stderr: "claimdesk: note: doc.txt holds no sentences\n"),
    Case(name: "binary", file: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], arguments: [], status: 65, stdout: "",
         stderr: "claimdesk: error: doc.txt looks binary, not text\n"),
    Case(name: "windows-1252", file: Array("Caf".utf8) + [0xE9, 0x2E], arguments: [], stdout: "Caf\u{E9}.\n",
         stderr: "claimdesk: warning: doc.txt is not valid UTF-8; read it as Windows-1252\n"),
    Case(name: "utf-16", file: [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x2E, 0x00], arguments: [], stdout: "Hi.\n"),
  ]

  @Test(arguments: cases) func prints(_ c: Case) async throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(c.file).write(to: folder.appendingPathComponent("doc.txt"))
    let result = await CLIHarness.run(["sentences", "doc.txt"] + c.arguments, in: folder.path)
    #expect(result.status == c.status)
    #expect(result.stdout == c.stdout)
    #expect(result.stderr == c.stderr)
  }

  @Test func readsStandardInput() async {
    let result = await CLIHarness.run(["sentences", "-"], stdin: "One. Two.\n")
    #expect(result.status == 0)
    #expect(result.stdout == "One.\nTwo.\n")
  }

  @Test(arguments: [
    (["sentences", "missing.txt"], Int32(66), "claimdesk: error: cannot read missing.txt: No such file or directory; check the path and its permissions\n"),
    (["sentences", "."], Int32(66), "claimdesk: error: cannot read .: it is a folder; check the path and its permissions\n"),
  ])
  func refusesUnreadable(_ arguments: [String], status: Int32, stderr: String) async throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = await CLIHarness.run(arguments, in: folder.path)
    #expect(result.status == status)
    #expect(result.stderr == stderr)
  }

  @Test func jsonAndJsonlTogetherIsAUsageError() async {
    let result = await CLIHarness.run(["sentences", "-", "--json", "--jsonl"])
    #expect(result.status == 64)
  }
}
