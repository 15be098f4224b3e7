import ClaimdeskEncoder
import Foundation
import ClaimdeskTestSupport
import Testing

@Suite(.requires(.encoderModel))
struct ReferenceVectorTests {
  static func cosine(_ a: [Float], _ b: [Float]) -> Double {
    var (dot, aa, bb) = (0.0, 0.0, 0.0)
    for (x, y) in zip(a, b) {
      dot += Double(x) * Double(y)
      aa += Double(x) * Double(x)
      bb += Double(y) * Double(y)
    }
    return dot / (aa.squareRoot() * bb.squareRoot())
  }

  @Test(arguments: ComputeBackend.allCases)
  func vectorsMatchSentenceTransformers(backend: ComputeBackend) throws {
    let fixture = try ReferenceFixture.load()
    let encoder = try SentenceEncoder(modelDirectory: try #require(installedModel), backend: backend)
    let vectors = encoder.encode(fixture.cases.map(\.sentence))
    var worst = 1.0
    for (reference, vector) in zip(fixture.cases, vectors) {
      #expect(vector.count == encoder.dimension)
      let similarity = Self.cosine(vector, reference.vector)
      worst = min(worst, similarity)
      #expect(similarity >= 0.9999, "\(reference.sentence.debugDescription): cosine \(similarity)")
    }
    print("worst cosine (\(backend.rawValue)) over \(fixture.cases.count) sentences: \(worst)")
  }

  @Test func batchingDoesNotChangeVectors() throws {
    let fixture = try ReferenceFixture.load()
    let encoder = try SentenceEncoder(modelDirectory: try #require(installedModel))
    let sentences = Array(fixture.cases.map(\.sentence).prefix(12))
    let together = encoder.encode(sentences)
    for (sentence, vector) in zip(sentences, together) {
      let alone = try #require(encoder.encode([sentence]).first)
      #expect(Self.cosine(alone, vector) > 0.999999)
    }
  }

  @Test func vectorsHaveUnitLengthAndDigestIsStable() throws {
    let encoder = try SentenceEncoder(modelDirectory: try #require(installedModel))
    #expect(encoder.dimension == 384)
    #expect(encoder.encode([]).isEmpty)
    for vector in encoder.encode(["One.", "", "Two sentences here."]) {
      let norm = vector.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot()
      #expect(abs(norm - 1) < 1e-5)
    }
    let digest = encoder.modelDigest
    #expect(digest.count == 64 && digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(encoder.modelDigest == digest)
  }
}
