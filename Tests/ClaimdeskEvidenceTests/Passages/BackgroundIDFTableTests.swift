import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence

@Suite struct BackgroundIDFTableTests {
  static let shippedPath = "Sources/ClaimdeskEvidence/Passages/BackgroundIDFTable.swift"

  /// The committed table is exactly what the generator makes of the corpus, with the ranker's
  /// own tokenizer: an edit by hand, or a tokenizer change without regenerating, fails here.
  @Test(.requires(.sharedData)) func shippedTableIsRegeneratedByteForByte() throws {
    let corpus = try String(contentsOf: TestData.shared("corpus/prose_5mb.txt"), encoding: .utf8)
    let shipped = try String(contentsOf: TestData.packageRoot.appendingPathComponent(Self.shippedPath), encoding: .utf8)
    let generated = BackgroundIDFTableGenerator.source(corpus: corpus)
    #expect(generated == shipped, "regenerate with: \(BackgroundIDFTableGenerator.regenerateCommand)")
  }

  @Test func generatorCountsParagraphsAndQuantisesIDF() {
    // Three paragraphs (a blank line is none); "the" is in all three, "harbour" in one.
    let source = BackgroundIDFTableGenerator.source(corpus: "The harbour.\r\n\nthe dog\rThe 40,000 cats\n")
    #expect(source.contains("static let documentCount = 3\n"))
    // the, harbour, dog, 40000, cats.
    #expect(source.contains("static let termCount = 5\n"))
    // ln(1 + (3 - 1 + 0.5) / 1.5) * 16 = 15.69...
    #expect(source.contains("static let unseenIDF: UInt8 = 16\n"))
  }

  @Test func shippedTableDecodesAndWeighsRareWordsMore() {
    #expect(BackgroundIDF.idf("the") < BackgroundIDF.idf("harbour"))
    #expect(BackgroundIDF.idf("harbour") <= BackgroundIDF.idf("zzyzxqv"))
    #expect(BackgroundIDF.idf("zzyzxqv") == Double(BackgroundIDFTable.unseenIDF) / 16)
  }
}
