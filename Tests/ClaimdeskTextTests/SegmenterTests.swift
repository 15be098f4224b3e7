import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskText

/// The seed article, quotations, and the bad input of issue 3 at sizes a unit test can afford
/// (the full sizes run in `bench/text/run`).
@Suite struct SegmenterTests {
  static func sentences(_ text: String) throws -> [Sentence] {
    SentenceSplitter.split(try DocumentReader.read(Array(text.utf8), origin: "x.txt", format: .text))
  }

  /// Twenty sentences after the dateline ("JERUSALEM—"), which is split off as furniture.
  @Test(.requires(.sharedData)) func seedArticleGivesTwentySentences() throws {
    let bytes = try [UInt8](Data(contentsOf: TestData.shared("seed/kerry-jerusalem-2015.txt")))
    let document = try DocumentReader.read(bytes, origin: "kerry-jerusalem-2015.txt")
    let sentences = SentenceSplitter.split(document).map(\.text)
    #expect(sentences.count == 21 && sentences.first == "JERUSALEM—")
    #expect(sentences.dropFirst().first?.hasPrefix("Secretary of State John Kerry’s efforts") == true)
    #expect(sentences.filter { $0.hasSuffix("U.S.") }.isEmpty)
    let toner = try #require(sentences.firstIndex { $0.hasPrefix("Said Toner:") })
    #expect(sentences[toner] == #"Said Toner: "Every U.S. administration since 1967 has opposed Israeli settlement activity."#)
    #expect(sentences[toner + 1] == #"This administration will be no different.""#)
    #expect(sentences.contains(#""The first condition is restoring the quiet," he said."#))
  }

  @Test(arguments: [
    (#"Said Toner: "Every U.S. official agreed. This one will too." He left."#,
     [#"Said Toner: "Every U.S. official agreed."#, #"This one will too.""#, "He left."]),
    ("Said Toner: \u{201C}Every U.S. official agreed. This one will too.\u{201D} He left.",
     ["Said Toner: \u{201C}Every U.S. official agreed.", "This one will too.\u{201D}", "He left."]),
    (#""We will win," Kerry said. "Do you agree?" he asked."#,
     [#""We will win," Kerry said."#, #""Do you agree?" he asked."#]),
    ("Dr. Smith met Gen. Jones in Washington, D.C. on Jan. 5 at 3.30 p.m. They talked.",
     ["Dr. Smith met Gen. Jones in Washington, D.C. on Jan. 5 at 3.30 p.m.", "They talked."]),
    ("See https://example.com/a.b?c=d. Write to jane.doe@example.org. Done.",
     ["See https://example.com/a.b?c=d.", "Write to jane.doe@example.org.", "Done."]),
    ("He paused... Then he went on. The U.N. voted.", ["He paused...", "Then he went on.", "The U.N. voted."]),
    // "!" after a lone capital letter is part of a name; after a word it ends the sentence.
    ("He told E! News about it. Then he left.", ["He told E! News about it.", "Then he left."]),
    ("We won! The team cheered.", ["We won!", "The team cheered."]),
  ])
  func quotationsAndAbbreviations(_ input: String, expected: [String]) throws {
    #expect(try Self.sentences(input).map(\.text) == expected)
  }

  // Bad input: each gives a sensible result (checked), never a crash or a hang.

  @Test func longSingleLine() throws {
    let line = String(repeating: "The vote was close and the count went on ", count: 5_000) + "all night."
    let sentences = try Self.sentences(line)
    #expect(sentences.count == 1)
    #expect(sentences[0].end == line.unicodeScalars.count)
    let short = try Self.sentences(String(repeating: "It rained. ", count: 20_000))
    #expect(short.count == 20_000)
  }

  @Test func periodsOnly() throws {
    let sentences = try Self.sentences(String(repeating: ".", count: 100_000) + "\n")
    #expect(sentences.map(\.end) == [100_000])
  }

  @Test(arguments: [("\"", "\""), ("(", ")"), ("\u{201C}", "\u{201D}")])
  func deeplyNested(_ open: String, _ close: String) throws {
    let nested = String(repeating: open, count: 10_000) + "Deep. Down." + String(repeating: close, count: 10_000)
    let sentences = try Self.sentences(nested + " Then it ended.")
    #expect(sentences.map(\.text).last == "Then it ended.")
    #expect(sentences.first?.start == 0)
    #expect(sentences.count <= 3)
  }
}
