@testable import ClaimdeskEncoder
import Testing

struct WordPieceTests {
  static let vocabularyText = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nun\n##aff\n##able\nrun\n##ning\n,\nhello\n"

  func tokenizer(maximumLength: Int = 256) throws -> BertTokenizer {
    BertTokenizer(vocabulary: try Vocabulary(bytes: Array(Self.vocabularyText.utf8)), maximumLength: maximumLength)
  }

  @Test func greedyLongestMatchFirstWithContinuationPrefix() throws {
    #expect(try tokenizer().ids("unaffable running") == [2, 4, 5, 6, 7, 8, 3])
  }

  @Test func wordWithUnmatchedRemainderBecomesOneUnknown() throws {
    // "runx": "run" matches, "##x" does not, so the whole word is [UNK], not run + [UNK].
    #expect(try tokenizer().ids("runx, hello") == [2, 1, 9, 10, 3])
  }

  @Test func lowerCasesStripsAccentsAndSplitsPunctuation() throws {
    #expect(try tokenizer().ids("HÉLLO,RÚN") == [2, 10, 9, 7, 3])
  }

  @Test func wordsLongerThanHundredScalarsAreUnknown() throws {
    let vocabulary = try Vocabulary(bytes: Array("[UNK]\n[CLS]\n[SEP]\na\n##a\n".utf8))
    let wordPiece = WordPieceTokenizer(vocabulary: vocabulary)
    var ids: [Int32] = []
    wordPiece.ids(for: Array(String(repeating: "a", count: 100).unicodeScalars), into: &ids)
    #expect(ids.count == 100)
    ids = []
    wordPiece.ids(for: Array(String(repeating: "a", count: 101).unicodeScalars), into: &ids)
    #expect(ids == [0])
  }

  @Test func truncatesToMaximumLengthIncludingSpecials() throws {
    let ids = try tokenizer(maximumLength: 5).ids("hello hello hello hello hello")
    #expect(ids == [2, 10, 10, 10, 3])
  }

  @Test func emptyAndWhitespaceOnlyGiveOnlySpecials() throws {
    #expect(try tokenizer().ids("") == [2, 3])
    #expect(try tokenizer().ids(" \t\n\u{200B}") == [2, 3])
  }

  @Test func basicTokenizerSplitsCJKAndDropsControls() {
    let words = BasicTokenizer().words("a\u{7}b 東京x").map { String(String.UnicodeScalarView($0)) }
    #expect(words == ["ab", "東", "京", "x"])
  }

  @Test func vocabularyComparesBytesNotCanonicalEquivalence() throws {
    // A precomposed "é" in the vocabulary must not match a decomposed "e\u{301}".
    let vocabulary = try Vocabulary(bytes: Array("[UNK]\n[CLS]\n[SEP]\n\u{E9}\n".utf8))
    #expect(vocabulary.id(of: Array("\u{E9}".utf8)) == 3)
    #expect(vocabulary.id(of: Array("e\u{301}".utf8)) == nil)
  }

  @Test func vocabularyWithoutSpecialTokensIsRejected() {
    #expect(throws: EncoderError.self) { try Vocabulary(bytes: Array("a\nb\n".utf8)) }
  }
}
