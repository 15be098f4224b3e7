import Foundation
import Testing
@testable import ClaimdeskExtraction

@Suite struct CheckWorthinessCorpusTests {
  @Test func readsCT24WithQuotedFields() throws {
    let text = "Sentence_id\tText\tclass_label\n1\t\"He said \"\"no\"\"\tthen.\"\tYes\n2\tPlain text.\tNo\n"
    let corpus = try CheckWorthinessCorpus.parseCT24(Array(text.utf8), path: "x.tsv", name: "x.tsv")
    #expect(corpus.sentences == [
      LabelledSentence(text: "He said \"no\"\tthen.", isCheckWorthy: true),
      LabelledSentence(text: "Plain text.", isCheckWorthy: false),
    ])
  }

  @Test func readsCLEFWithPreviousSentence() throws {
    let text = "1\tA\t\"Hello\" there.\t0\r\n2\tB\tTaxes rose 5%.\t1\r\n"
    let corpus = try CheckWorthinessCorpus.parseCLEF(Array(text.utf8), path: "c.tsv", name: "c.tsv")
    #expect(corpus.sentences == [
      LabelledSentence(text: "\"Hello\" there.", isCheckWorthy: false),
      LabelledSentence(text: "Taxes rose 5%.", previous: "\"Hello\" there.", isCheckWorthy: true),
    ])
  }

  @Test(arguments: [
    "1\tA\ttext\tmaybe\n",
    "1\tA\ttext\n",
  ])
  func rejectsBadCLEFRows(_ text: String) {
    #expect(throws: CheckWorthinessError.self) {
      try CheckWorthinessCorpus.parseCLEF(Array(text.utf8), path: "c.tsv", name: "c.tsv")
    }
  }

  @Test func missingPathIsNoInput() {
    #expect(throws: CheckWorthinessError.unreadable(path: "/nonexistent/cw")) {
      try CheckWorthinessCorpus.read(path: "/nonexistent/cw")
    }
  }
}
