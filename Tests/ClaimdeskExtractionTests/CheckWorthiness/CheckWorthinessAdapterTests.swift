import Foundation
import Testing
@testable import ClaimdeskExtraction

@Suite struct CheckWorthinessAdapterTests {
  /// Pages whose claims carry a word the base model has never seen ("tallied"), whose other
  /// units do not, and whose offsets (the base model's logits) cannot tell them apart.
  static let examples: [AdaptationExample] = (0..<20).flatMap { page in
    (0..<6).map { i in
      let claim = i % 2 == 0
      let text = claim ? "Officials tallied \(i + page) ballots in ward \(page)." : "It was a long and quiet evening in ward \(page)."
      return AdaptationExample(text: text, previous: nil, offset: 0, isCheckWorthy: claim, group: "page\(page)")
    }
  }

  static var small: CheckWorthinessAdapter {
    var adapter = CheckWorthinessAdapter(seed: 3)
    adapter.hashBits = 10
    return adapter
  }

  static let base = CheckWorthinessModel(
    featurizer: SentenceFeaturizer(hashBits: 10), weights: [Float](repeating: 0, count: SentenceFeaturizer(hashBits: 10).dimension),
    bias: 0, thresholdLogit: 0)

  @Test func learnsWhatTheLabelsSupportAndIsDeterministic() throws {
    let first = try Self.small.adapt(Self.examples)
    let second = try Self.small.adapt(Self.examples)
    #expect(first.residual == second.residual && first.l2 == second.l2)
    let adapted = try #require(first.residual.applied(to: Self.base))
    #expect(adapted.score("Officials tallied 40 ballots in ward 3.", previous: nil) > 0.7)
    #expect(adapted.score("It was a long and quiet evening in ward 3.", previous: nil) < 0.3)
    // Out of fold (other pages' fits), the claims rank above the rest; the offsets alone cannot.
    #expect(RankingMetrics.averagePrecision(scores: first.outOfFold, labels: first.labels) > 0.95)
    #expect(RankingMetrics.averagePrecision(scores: first.before, labels: first.labels) == 0.5)
    #expect(first.pages == 20 && first.grid.count == Self.small.l2Grid.count)
  }

  /// The offset is the starting point: a unit the base model already scores far above the
  /// threshold, in words the other pages never use, stays far above it.
  @Test func offsetsAreTheStartingPoint() throws {
    var examples = Self.examples
    examples.append(AdaptationExample(text: "Zebras outran the gazelles.", previous: nil, offset: 6, isCheckWorthy: true, group: "page0"))
    let outcome = try Self.small.adapt(examples)
    let residual = try #require(outcome.residual.applied(to: Self.base))
    let final = CheckWorthinessAdapter.sigmoid(6 + Double(residual.margin("Zebras outran the gazelles.", previous: nil)))
    #expect(final > 0.95)
  }

  /// Of L2 strengths the folds cannot tell apart, the strongest is chosen.
  @Test func theOneStandardErrorRulePrefersTheStrongestPenalty() throws {
    var adapter = Self.small
    adapter.l2Grid = [1e-2, 1e-2 + 1e-12]
    let outcome = try adapter.adapt(Self.examples)
    #expect(outcome.l2 == 1e-2)
  }

  @Test func oneClassIsAnError() {
    let examples = Self.examples.filter(\.isCheckWorthy)
    #expect(throws: CheckWorthinessError.oneClass(positives: examples.count, total: examples.count)) {
      try Self.small.adapt(examples)
    }
  }

  @Test func residualEncodingRoundTripsWithinQuantisation() throws {
    let residual = try Self.small.adapt(Self.examples).residual
    let bytes = CheckWorthinessResidualEncoding.encode(residual)
    let decoded = try #require(CheckWorthinessResidualEncoding.decode(bytes))
    let largest = residual.weights.map(abs).max() ?? 0
    let byIndex = Dictionary(uniqueKeysWithValues: zip(decoded.indices, decoded.weights))
    for (i, w) in zip(residual.indices, residual.weights) {
      #expect(abs((byIndex[i] ?? 0) - w) <= largest / 254 + 1e-6)
    }
    #expect(decoded.bias == residual.bias && decoded.hashBits == residual.hashBits)
    let source = CheckWorthinessResidualEncoding.swiftSource(residual, summary: ["x"])
    let literal = try #require(source.split(separator: "\"\"\"").dropFirst().first)
    #expect(CheckWorthinessResidualEncoding.decode(base64: String(literal)) == decoded)
  }

  /// "CWR1", 10 hash bits, scale 1, bias 0, `count` entries, then `entries`' bytes.
  static func encoding(count: UInt8, _ entries: [UInt8]) -> [UInt8] {
    let header: [UInt8] = Array("CWR1".utf8) + [10, 0, 0, 0, 0, 0, 128, 63, 0, 0, 0, 0, count, 0, 0, 0]
    return header + entries
  }

  static let damaged: [(String, [UInt8])] = [
    ("empty", []),
    ("magic", Array("CWR0".utf8) + [UInt8](encoding(count: 0, []).dropFirst(4))),
    ("one entry promised, none there", encoding(count: 1, [])),
    ("index past the features", encoding(count: 1, [0xff, 0x7f, 1])),
    ("a zero gap repeats an index", encoding(count: 2, [1, 5, 0, 5])),
    ("bytes after the last entry", encoding(count: 1, [1, 5, 9])),
    ("an unending gap", encoding(count: 1, [0x80, 0x80, 0x80, 0x80, 0x80, 0x80])),
  ]

  /// Damaged encodings decode to nothing (the shipped model then stops the program saying so).
  @Test(arguments: damaged)
  func damagedEncodingsDecodeToNothing(_ name: String, _ bytes: [UInt8]) {
    #expect(CheckWorthinessResidualEncoding.decode(bytes) == nil, "\(name)")
    #expect(CheckWorthinessResidualEncoding.decode(Self.encoding(count: 1, [1, 5])) != nil)
  }

  @Test func aResidualOverOtherFeaturesIsNotApplied() throws {
    let residual = CheckWorthinessResidual(hashBits: 12, indices: [1], weights: [0.5], bias: 0)
    #expect(residual.applied(to: Self.base) == nil)
  }

  /// The shipped residual decodes, applies to the shipped model, and changes it.
  @Test func shippedResidualAppliesToTheShippedModel() throws {
    let residual = try #require(CheckWorthinessModel.shippedNewsResidual)
    #expect(!residual.indices.isEmpty)
    let adapted = try #require(residual.applied(to: .shipped))
    #expect(adapted.weights != CheckWorthinessModel.shipped.weights)
    #expect(CheckWorthinessModel.newsAdapted.weights == adapted.weights)
  }
}
