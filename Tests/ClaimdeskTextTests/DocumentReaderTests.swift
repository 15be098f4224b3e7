import Testing
@testable import ClaimdeskText

/// Markdown's visible text and links, the newline policy, and offsets into the normalised text.
@Suite struct DocumentReaderTests {
  static func sentences(_ text: String, format: DocumentFormat? = nil, unwrap: Bool = false) throws -> [String] {
    let document = try DocumentReader.read(Array(text.utf8), origin: "x", format: format, unwrap: unwrap)
    return SentenceSplitter.split(document).map(\.text)
  }

  static let markdown = """
    # Settlements *briefing*

    The **State Department** said [it opposed](https://state.gov/a) the plan. Officials met on Monday.

    ```
    code. Not prose.
    ```

    - First item
    - Second [item](http://x.org/b) here
    """

  @Test func markdownGivesTheVisibleText() throws {
    let document = try DocumentReader.read(Array(Self.markdown.utf8), origin: "a.md")
    #expect(document.format == .markdown)
    #expect(document.title == "Settlements briefing")
    #expect(SentenceSplitter.split(document).map(\.text) == [
      "Settlements briefing", "The State Department said it opposed the plan.", "Officials met on Monday.",
      "First item", "Second item here",
    ])
    #expect(document.paragraphs.map(\.kind) == [.heading, .paragraph, .listItem, .listItem])
  }

  @Test func markdownLinksStayWithTheirSentence() throws {
    let document = try DocumentReader.read(Array(Self.markdown.utf8), origin: "a.md")
    let sentences = SentenceSplitter.split(document)
    let scalars = Array(document.text.unicodeScalars)
    #expect(document.links.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["it opposed", "item"])
    #expect(sentences.map { document.links(in: $0).map(\.url) } == [
      [], ["https://state.gov/a"], [], [], ["http://x.org/b"],
    ])
  }

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var input: String
    var unwrap = false
    var expected: [String]
    var description: String { name }
  }

  static let wrapped = """
    The committee met on Tuesday to discuss the budget, and after a long debate
    it agreed to cut spending on roads by a tenth while keeping the schools fund
    as it was last year. Critics said the cuts would hurt rural towns the most,
    where roads are already in poor repair and the winters are long and harsh.
    The mayor said she would veto the plan if it reached her desk in this form,
    and she repeated that promise at a press conference later in the afternoon.
    """

  static let newlineCases: [Case] = [
    Case(name: "a newline ends a paragraph", input: "Headline without stop\nThe body starts. It goes on.\n",
         expected: ["Headline without stop", "The body starts.", "It goes on."]),
    Case(name: "list lines stay apart", input: "Items:\n- a list item\n- another item\n",
         expected: ["Items:", "- a list item", "- another item"]),
    Case(name: "short broken line kept", input: "This is a line that was\nbroken by a PDF export. Next.\n",
         expected: ["This is a line that was", "broken by a PDF export.", "Next."]),
    Case(name: "--unwrap joins", input: "This is a line that was\nbroken by a PDF export. Next.\n", unwrap: true,
         expected: ["This is a line that was broken by a PDF export.", "Next."]),
    Case(name: "hard wrap is joined", input: wrapped, expected: [
      "The committee met on Tuesday to discuss the budget, and after a long debate it agreed to cut spending on roads by a tenth while keeping the schools fund as it was last year.",
      "Critics said the cuts would hurt rural towns the most, where roads are already in poor repair and the winters are long and harsh.",
      "The mayor said she would veto the plan if it reached her desk in this form, and she repeated that promise at a press conference later in the afternoon.",
    ]),
  ]

  @Test(arguments: newlineCases) func newlinePolicy(_ c: Case) throws {
    #expect(try Self.sentences(c.input, format: .text, unwrap: c.unwrap) == c.expected)
  }

  @Test(arguments: [
    ("  Caf\u{65}\u{301} opened.  It was busy.\n\n\u{201C}Yes,\u{201D} he said. \u{1F600} Fine.\n", DocumentFormat.text, 4),
    ("## Caf\u{65}\u{301} *opened*\n\nIt was [busy](http://a.b). \u{1F600} Fine.\n", .markdown, 3),
  ])
  func offsetsPointIntoTheNormalisedText(_ input: String, format: DocumentFormat, count: Int) throws {
    let document = try DocumentReader.read(Array(input.utf8), origin: "x", format: format)
    #expect(document.text.contains("Caf\u{E9}"))
    let scalars = Array(document.text.unicodeScalars)
    let sentences = SentenceSplitter.split(document)
    #expect(sentences.count == count)
    for sentence in sentences {
      #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
      let paragraph = document.paragraphs[sentence.paragraph]
      #expect(paragraph.start <= sentence.start && sentence.end <= paragraph.end)
    }
  }

  @Test func streamMatchesWholeRead() throws {
    let text = String(repeating: Self.wrapped + "\n\nShort line. Another one.\n", count: 400)
    let whole = SentenceSplitter.split(try DocumentReader.read(Array(text.utf8), origin: "x.txt"))
    var stream = SentenceStream(origin: "x.txt")
    var streamed: [Sentence] = []
    let bytes = Array(text.utf8)
    for start in stride(from: 0, to: bytes.count, by: 4099) {
      streamed += try stream.feed(Array(bytes[start..<min(start + 4099, bytes.count)]))
    }
    streamed += try stream.finish()
    #expect(whole.count == 400 * 5)
    #expect(streamed == whole)
  }

  /// A text of several megabytes is read in pieces and gathered in pieces: characters of two and
  /// three bytes cut at every possible place still come out whole, and the text is the input's.
  @Test func aLongTextIsReadWholeAcrossItsPieces() throws {
    var text = ""
    var k = 0
    while text.utf8.count < 3 << 20 {
      text += "Café prices rose \(k)% — the mayor said.\(k % 7 == 0 ? "\n\n" : " ")"
      k += 1
    }
    for lead in 0..<3 {
      let input = String(repeating: "a", count: lead) + text
      let document = try DocumentReader.read(Array(input.utf8), origin: "long.txt")
      #expect(document.text == input)
    }
  }
}
