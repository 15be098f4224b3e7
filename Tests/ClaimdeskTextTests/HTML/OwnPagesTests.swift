import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskText

@Suite struct OwnPagesTests {
  @Test(arguments: OwnPages.all.map(\.name))
  func extractsTheMainText(name: String) throws {
    let page = try #require(OwnPages.all.first { $0.name == name })
    let document = try HTMLReader.read(Array(page.html.utf8))
    let counts = ShingleScore.counts(truth: page.expected.joined(separator: "\n\n"), predicted: document.text)
    let f1 = ShingleScore.score([counts]).f1
    #expect(f1 >= 0.96, "\(name): F1 \(f1)\n\(document.text)")
  }

  @Test func meetsTheBarOverAllPages() throws {
    let counts = try OwnPages.all.map { page in
      ShingleScore.counts(
        truth: page.expected.joined(separator: "\n\n"), predicted: try HTMLReader.read(Array(page.html.utf8)).text)
    }
    #expect(ShingleScore.score(counts).f1 >= 0.96)
  }

  @Test func paragraphKindsFollowTheMarkup() throws {
    let comments = try HTMLReader.read(Array(OwnPages.withComments.html.utf8))
    #expect(comments.paragraphs.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph, .paragraph])
    let list = try HTMLReader.read(Array(OwnPages.onlyAList.html.utf8))
    #expect(list.paragraphs.allSatisfy { $0.kind == .listItem })
    #expect(list.title == "Packing list for the coastal walk")
  }
}
