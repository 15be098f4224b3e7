import Foundation

/// Embeddings of a corpus that only grows at its end, such as a ledger's claims: one file per
/// corpus name (`<model16>-grow-<name16>.f32`) holding the vectors of its first rows, with the
/// digest of those rows' texts in the header. A run whose texts begin with those rows embeds
/// only the rest and writes the file again; any other start (an edited or another corpus under
/// the name) is a miss that embeds everything. Same format and guarantees as the whole-corpus
/// files.
extension EmbeddingCache {
  public func growingFileURL(modelDigest: String, name: String) -> URL {
    directory.appendingPathComponent("\(Self.safePrefix(modelDigest))-grow-\(Self.safePrefix(name)).f32")
  }

  /// Vectors for `texts`: the cached rows when they are a prefix of `texts`, the rest from
  /// `compute` (given the texts not cached), stored for next time. `cached` is how many rows
  /// came from the file.
  public func growingVectors(
    name: String, modelDigest: String, texts: [String], compute: (ArraySlice<String>) -> [[Float]]
  ) -> (matrix: EmbeddingMatrix, cached: Int) {
    let url = growingFileURL(modelDigest: modelDigest, name: name)
    var reused: EmbeddingMatrix?
    if let data = try? Data(contentsOf: url, options: .alwaysMapped),
      let (matrix, stored) = Self.decode(data, modelDigest: modelDigest), matrix.rows <= texts.count,
      stored == Self.corpusDigest(Array(texts.prefix(matrix.rows)))
    {
      reused = matrix
    }
    if let reused, reused.rows == texts.count { return (reused, reused.rows) }
    let cached = reused?.rows ?? 0
    let fresh = compute(texts[cached...])
    var values = reused?.values ?? []
    for vector in fresh { values.append(contentsOf: vector) }
    let dimension = fresh.first?.count ?? reused?.dimension ?? 0
    let matrix = EmbeddingMatrix(rows: texts.count, dimension: dimension, values: values)
    try? write(matrix, modelDigest: modelDigest, corpusDigest: Self.corpusDigest(texts), to: url)
    return (matrix, cached)
  }
}
