import Foundation
import Testing
@testable import ClaimdeskMatching

/// The ledger's claims only grow: their vectors are cached as a prefix and only new rows embedded.
@Suite struct GrowingCacheTests {
  /// Counts what it is asked to embed.
  final class CountingEmbedding: SentenceEmbedding, @unchecked Sendable {
    let digest = "counting-v1"
    var embedded: [String] = []
    func embed(_ texts: [String]) -> [[Float]] {
      embedded += texts
      return HashedBagEmbedding().embed(texts)
    }
  }

  @Test func onlyNewRowsAreEmbeddedAndAnEditedCorpusStartsAgain() throws {
    let cache = EmbeddingCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("growing-\(UUID().uuidString)"))
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let encoder = CountingEmbedding()
    let compute: (ArraySlice<String>) -> [[Float]] = { encoder.embed(Array($0)) }
    let first = cache.growingVectors(name: "ledger", modelDigest: encoder.digest, texts: ["a b", "c d"], compute: compute)
    #expect(first.cached == 0 && first.matrix.rows == 2)
    let grown = cache.growingVectors(name: "ledger", modelDigest: encoder.digest, texts: ["a b", "c d", "e f"], compute: compute)
    #expect(grown.cached == 2 && grown.matrix.rows == 3)
    #expect(encoder.embedded == ["a b", "c d", "e f"])
    #expect(grown.matrix == EmbeddingMatrix(vectors: HashedBagEmbedding().embed(["a b", "c d", "e f"])))
    let same = cache.growingVectors(name: "ledger", modelDigest: encoder.digest, texts: ["a b", "c d", "e f"], compute: compute)
    #expect(same.cached == 3 && encoder.embedded.count == 3)
    // A corpus that does not start with the cached rows is embedded whole.
    let edited = cache.growingVectors(name: "ledger", modelDigest: encoder.digest, texts: ["x y", "c d"], compute: compute)
    #expect(edited.cached == 0 && encoder.embedded.suffix(2) == ["x y", "c d"])
    // Another model never reads these rows.
    let other = cache.growingVectors(name: "ledger", modelDigest: "other-model", texts: ["x y"], compute: { HashedBagEmbedding().embed(Array($0)) })
    #expect(other.cached == 0)
  }

  @Test func aTitlelessMatcherOverGivenVectorsRanksAsTheOneThatEmbeds() {
    let documents = ["Ohio unemployment rose to 5%", "The moon landing was staged", "Crime doubled in Chicago"].enumerated().map {
      MatchDocument(id: "d\($0)", text: $1)
    }
    let embedding = HashedBagEmbedding()
    let given = HybridMatcher(
      documents: documents, embedding: embedding, textVectors: EmbeddingMatrix(vectors: embedding.embed(documents.map(\.text))))
    let embedded = HybridMatcher(documents: documents, embedding: embedding)
    for query in ["unemployment in Ohio rose", "crime has doubled", "moon"] {
      #expect(given.match(query, top: 3).map(\.id) == embedded.match(query, top: 3).map(\.id))
      #expect(given.match(query, top: 1).first?.evidence == embedded.match(query, top: 1).first?.evidence)
    }
  }
}
