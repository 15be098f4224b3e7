import Foundation
import Testing
@testable import ClaimdeskMatching

@Suite struct EmbeddingCacheTests {
  func temporaryCache() -> EmbeddingCache {
    EmbeddingCache(directory: FileManager.default.temporaryDirectory
      .appendingPathComponent("claimdesk-matching-tests-\(UUID().uuidString)"))
  }

  @Test func roundTripAndMisses() throws {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let matrix = EmbeddingMatrix(rows: 2, dimension: 3, values: [1, 0, 0, 0, 0.6, 0.8])
    try cache.store(matrix, modelDigest: "model-a", corpusDigest: "corpus-1")
    #expect(cache.load(modelDigest: "model-a", corpusDigest: "corpus-1") == matrix)
    #expect(cache.load(modelDigest: "model-b", corpusDigest: "corpus-1") == nil)
    #expect(cache.load(modelDigest: "model-a", corpusDigest: "corpus-2") == nil)
    // Only the finished file remains: the temporary was renamed into place.
    let names = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
    #expect(names == ["model_a-corpus_1.f32"])
    let size = try FileManager.default.attributesOfItem(atPath: cache.directory.appendingPathComponent(names[0]).path)[.size] as? Int
    #expect(size == 144 + 6 * 4)
  }

  @Test func truncatedFileIsAMiss() throws {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    try cache.store(EmbeddingMatrix(rows: 1, dimension: 2, values: [1, 0]), modelDigest: "m", corpusDigest: "c")
    let url = cache.fileURL(modelDigest: "m", corpusDigest: "c")
    let data = try Data(contentsOf: url)
    try data.prefix(data.count - 2).write(to: url)
    #expect(cache.load(modelDigest: "m", corpusDigest: "c") == nil)
  }

  @Test func matcherUsesCacheOnSecondBuild() {
    let cache = temporaryCache()
    defer { try? FileManager.default.removeItem(at: cache.directory) }
    let documents = [MatchDocument(id: "a", text: "Ohio unemployment rose", title: "Did it rise?"), MatchDocument(id: "b", text: "Moon landing")]
    let first = HybridMatcher(documents: documents, embedding: HashedBagEmbedding(), cache: cache)
    let second = HybridMatcher(documents: documents, embedding: HashedBagEmbedding(), cache: cache)
    #expect(!first.vectorsFromCache && second.vectorsFromCache)
    #expect(first.match("Ohio unemployment", top: 1)[0].cosine == second.match("Ohio unemployment", top: 1)[0].cosine)
  }

  @Test func corpusDigestSeparatesTexts() {
    #expect(EmbeddingCache.corpusDigest(["ab", "c"]) != EmbeddingCache.corpusDigest(["a", "bc"]))
  }

}
