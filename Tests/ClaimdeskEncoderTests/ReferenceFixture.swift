import Foundation

/// Fixtures/reference-vectors.json, written by make_reference_vectors.py from
/// sentence-transformers and HuggingFace's tokenizer.
struct ReferenceFixture: Decodable {
  struct Case: Decodable {
    let sentence: String
    let ids: [Int]
    let vector: [Float]
  }

  let maxSeqLength: Int
  let cases: [Case]

  static func load() throws -> ReferenceFixture {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/reference-vectors.json")
    return try JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
  }
}
