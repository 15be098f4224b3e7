import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskReports

@Suite struct MarkdownEscaperTests {
  static let hostile = [
    "<script>alert(1)</script>",
    "# Heading injected",
    "## Claim `deadbeef`",
    "> quote",
    "- list item",
    "+ plus item",
    "1967. The year an ordered list begins",
    "1) paren list",
    "---",
    "===",
    "[click me](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "[ref]: http://evil.example",
    "a | b | c",
    "`code` and ``double``",
    "```swift",
    "<!-- claimdesk:end -->",
    "<!-- comment --> after",
    "*emphasis* and **strong** and _under_",
    "~~struck~~",
    "&lt; &amp; &#x41; entities",
    "back\\slash at end\\",
    "line one\nline two\n# heading on line two\n\n\n- [x] verified",
    "tab\there and\r\ncarriage",
    "<a href=\"x\">link</a><img src=x onerror=alert(1)>",
    "   leading spaces and trailing   ",
    "Kerry’s “quotes” — and U.S. abbreviations",
    "bidi \u{202E}evil\u{202C} text",
    "<https://autolink.example>",
    "- [x] verified: ticked",
    "\\",
    "",
  ]

  /// What the escaped text must render to: the original, folded onto one line.
  static func expectedText(_ input: String) -> String { MarkdownEscaper.oneLine(input) }

  @Test(.requires(.cmarkGFM), arguments: hostile)
  func inlineRendersAsExactlyTheText(_ input: String) throws {
    let contexts = [
      "P " + MarkdownEscaper.inline(input),
      "> " + MarkdownEscaper.inline(input),
      "- " + MarkdownEscaper.inline(input),
      "## " + MarkdownEscaper.inline(input),
      "| h |\n|---|\n| " + MarkdownEscaper.inline(input) + " |",
      MarkdownEscaper.inline(input) + "\nnext",
    ]
    for markdown in contexts {
      guard let tree = try GFMRenderer.tree(markdown) else { return }
      let blocks = tree.children
      // One block, and no link, image, HTML, emphasis, code or strike inside it.
      let shape = blocks.map(\.name)
      #expect(shape.count == 1, "\(markdown) -> \(shape)")
      for forbidden in ["link", "image", "html_inline", "html_block", "emph", "strong", "code", "strikethrough", "heading"]
      where !(forbidden == "heading" && markdown.hasPrefix("## ")) {
        #expect(tree.all(forbidden).isEmpty, "\(forbidden) in \(markdown)")
      }
      var text = tree.plainText
      if markdown.hasPrefix("P ") { text = String(text.dropFirst(2)) }
      if markdown.hasSuffix("\nnext") { text = String(text.dropLast(5)) }
      if markdown.hasPrefix("| h |") { text = String(text.dropFirst(1)) }
      #expect(text == Self.expectedText(input), "\(markdown)")
    }
  }

  @Test(.requires(.cmarkGFM), arguments: hostile)
  func noHTMLSurvivesInHTMLOutput(_ input: String) throws {
    let markdown = "> " + MarkdownEscaper.inline(input) + "\n\n| a |\n|---|\n| " + MarkdownEscaper.inline(input) + " |\n"
    guard let html = try GFMRenderer.render(markdown, to: "html", extensions: ["table", "tasklist", "strikethrough", "autolink"])
    else { return }
    for tag in ["<script", "<img", "<a href=\"x", "<h1", "<h2", "<!--", "href=\"javascript:", "<input", "<del", "<em>", "<strong>"] {
      #expect(!html.contains(tag), "\(tag) in \(html)")
    }
  }

  @Test(.requires(.cmarkGFM), arguments: ["plain", "with `one` tick", "``double``", "`edge`", "pipe | here", "<script>"])
  func codeSpansHoldTextLiterally(_ input: String) throws {
    for (markdown, inTable) in [("P " + MarkdownEscaper.code(input), false),
      ("| h |\n|---|\n| " + MarkdownEscaper.code(input, inTable: true) + " |", true)] {
      guard let tree = try GFMRenderer.tree(markdown) else { return }
      let codes = tree.all("code")
      #expect(codes.count == 1, "\(markdown) inTable \(inTable)")
      #expect(codes.first?.text == input, "\(markdown)")
    }
  }

  @Test(.requires(.cmarkGFM)) func linksOnlyForWebURLs() throws {
    #expect(MarkdownEscaper.link("javascript:alert(1)") == "`javascript:alert(1)`")
    #expect(MarkdownEscaper.link("file:///etc/passwd") == "`file:///etc/passwd`")
    let url = "https://example.org/a_b?q=(1)|x>y"
    let markdown = "| h |\n|---|\n| " + MarkdownEscaper.link(url, inTable: true) + " |"
    guard let tree = try GFMRenderer.tree(markdown) else { return }
    let links = tree.all("link")
    #expect(links.count == 1)
    #expect(links.first?.attributes["destination"] == "https://example.org/a_b?q=(1)%7Cx%3Ey")
    #expect(links.first?.plainText == url)
  }

  @Test(.requires(.cmarkGFM)) func boldsWholeWordsOnly() throws {
    let out = MarkdownEscaper.bolding("Settlements and settlement_activity: settlement <b>", terms: ["settlement", "and"])
    #expect(out == "Settlements **and** settlement\\_activity: **settlement** \\<b\\>")
    guard let tree = try GFMRenderer.tree("> " + out) else { return }
    #expect(tree.all("strong").map(\.plainText) == ["and", "settlement"])
    #expect(tree.plainText == "Settlements and settlement_activity: settlement <b>")
  }

  @Test func foldsControlsAndBidi() {
    #expect(MarkdownEscaper.oneLine("  a\n\n b\u{0}c\u{202E}d\u{2028}e  ") == "a b cd e")
  }
}
