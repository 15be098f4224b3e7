import ClaimdeskTestSupport
import Foundation
import Testing

@Suite struct TextCommandTests {
  static let page = """
    <html lang="en"><head><title>Pool to close</title><meta name="author" content="Ann Lee"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Pool to close</h1>
    <p>The council voted on Tuesday to close the old swimming pool at the end of the summer season.</p>
    <p>Repairs would have cost 2.4 million euros, the council said, more than a new pool.</p></article>
    <footer><a href="/privacy">Privacy</a></footer></body></html>
    """

  static let text = """
    The council voted on Tuesday to close the old swimming pool at the end of the summer season.

    Repairs would have cost 2.4 million euros, the council said, more than a new pool.

    """

  @Test func printsTheMainTextOfAFile() async throws {
    let folder = try TestData.temporaryDirectory()
    try Data(Self.page.utf8).write(to: folder.appendingPathComponent("pool.html"))
    let result = await CLIHarness.run(["text", "pool.html"], in: folder.path)
    #expect(result.status == 0)
    #expect(result.stdout == Self.text)
    #expect(result.stderr == "")
  }

  @Test func readsStandardInput() async {
    let result = await CLIHarness.run(["text", "-"], stdin: Self.page)
    #expect(result.status == 0)
    #expect(result.stdout == Self.text)
  }

  @Test func printsOneJSONObjectPerFile() async {
    let result = await CLIHarness.run(["text", "--jsonl", "-"], stdin: Self.page)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try? JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any]
    #expect(object?["file"] as? String == "-")
    #expect(object?["title"] as? String == "Pool to close")
    #expect(object?["byline"] as? String == "Ann Lee")
    #expect(object?["language"] as? String == "en")
    #expect((object?["paragraphs"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["paragraph", "paragraph"])
  }

  @Test func aMissingFileIsNoInput() async {
    let result = await CLIHarness.run(["text", "no-such-page.html"])
    #expect(result.status == 66)
    #expect(result.stderr == "claimdesk: error: no-such-page.html: cannot read no-such-page.html; check the path and its permissions\n")
  }

  @Test func aPDFIsBadData() async {
    let result = await CLIHarness.run(["text", "-"], stdin: "%PDF-1.7\n%\u{00e2}\n1 0 obj\n")
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("claimdesk: error: -: "))
  }
}

@Suite struct TextCommandEdgeTests {
  @Test func anEmptyFileIsAnEmptyPage() async throws {
    let folder = try TestData.temporaryDirectory()
    try Data().write(to: folder.appendingPathComponent("empty.html"))
    let result = await CLIHarness.run(["text", "empty.html"], in: folder.path)
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "claimdesk: warning: empty.html: the page is empty\n")
  }
}
