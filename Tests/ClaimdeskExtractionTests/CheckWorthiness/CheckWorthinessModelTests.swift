import Foundation
import Testing
@testable import ClaimdeskExtraction

@Suite struct CheckWorthinessModelTests {
  /// A small corpus with a plain signal: numbers and change verbs are check-worthy.
  static let corpus: CheckWorthinessCorpus = {
    var sentences: [LabelledSentence] = []
    for i in 0..<60 {
      sentences.append(LabelledSentence(text: "Taxes rose \(i + 3)% since \(1990 + i % 20).", isCheckWorthy: true))
      sentences.append(LabelledSentence(text: "The deficit fell by $\(i * 7 + 10) billion last year.", isCheckWorthy: true))
      sentences.append(LabelledSentence(text: "I think we should all be grateful, friend \(["Ann", "Bo", "Cy"][i % 3]).", isCheckWorthy: false))
      sentences.append(LabelledSentence(text: "Thank you so much for being here tonight.", isCheckWorthy: false))
    }
    return CheckWorthinessCorpus(name: "toy.tsv", format: .ct24, sentences: sentences)
  }()

  static var smallTrainer: CheckWorthinessTrainer {
    var trainer = CheckWorthinessTrainer(seed: 7)
    trainer.hashBits = 10
    return trainer
  }

  @Test func trainsSeparatesAndIsDeterministic() throws {
    let first = try Self.smallTrainer.train([Self.corpus])
    let second = try Self.smallTrainer.train([Self.corpus])
    #expect(first.model.generatedSource(summary: ["x"]) == second.model.generatedSource(summary: ["x"]))
    let model = first.model
    #expect(model.score("Spending rose 12% since 1999.", previous: nil) >= 0.5)
    #expect(model.score("Thank you, I think we should be grateful.", previous: nil) < 0.5)
    #expect(first.crossValidation.f1 > 0.9)
  }

  @Test func encodingRoundTripsWithinQuantisation() throws {
    let model = try Self.smallTrainer.train([Self.corpus]).model
    let decoded = try #require(CheckWorthinessModelEncoding.decode(CheckWorthinessModelEncoding.encode(model)))
    let largest = model.weights.map(abs).max() ?? 0
    for (a, b) in zip(model.weights, decoded.weights) { #expect(abs(a - b) <= largest / 254 + 1e-6) }
    #expect(decoded.bias == model.bias && decoded.thresholdLogit == model.thresholdLogit)
    let source = model.generatedSource(summary: [])
    let literal = try #require(source.split(separator: "\"\"\"").dropFirst().first)
    let fromSource = try #require(CheckWorthinessModelEncoding.decode(base64: String(literal)))
    #expect(fromSource.weights == decoded.weights)
  }

  @Test(arguments: [[UInt8](), Array("CWM2xxxxxxxxxxxxxxxxxxxxxxxx".utf8), Array("CWM1".utf8) + [UInt8](repeating: 0, count: 40)])
  func rejectsCorruptEncodings(_ bytes: [UInt8]) {
    #expect(CheckWorthinessModelEncoding.decode(bytes) == nil)
  }

  @Test func oneClassDataIsAnError() {
    let corpus = CheckWorthinessCorpus(
      name: "one.tsv", format: .ct24, sentences: [LabelledSentence(text: "a", isCheckWorthy: true)])
    #expect(throws: CheckWorthinessError.oneClass(positives: 1, total: 1)) {
      try Self.smallTrainer.train([corpus])
    }
  }

  @Test func shippedModelDecodes() {
    #expect(CheckWorthinessModelEncoding.decode(base64: CheckWorthinessModel.shippedEncoding) != nil)
    #expect(CheckWorthinessModel.shipped.featurizer.hashBits > 1)
  }

  @Test(arguments: [
    ("Every U.S. administration since 1967 has opposed Israeli settlement activity.", true),
    ("Unemployment fell from 10 percent in 2009 to 4.7 percent last year.", true),
    ("Thank you very much.", false),
    ("I think we may be reaching a pivotal point.", false),
    ("What do you make of that?", false),
  ])
  func shippedModelRanksTheTeamExamples(sentence: String, checkWorthy: Bool) {
    #expect((CheckWorthinessModel.shipped.score(sentence, previous: nil) >= 0.5) == checkWorthy)
  }

  @Test func badInputScoresInRange() {
    let model = CheckWorthinessModel.shipped
    let huge = String(repeating: "word ", count: 10_000)
    for text in ["", "!!! ... ???", "\u{0}\u{FFFD}", huge, "ALL CAPS TEXT ROSE 50%", "“unbalanced"] {
      let score = model.score(text, previous: text)
      #expect(score >= 0 && score <= 1)
    }
  }
}
