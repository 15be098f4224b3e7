/// Row-major Float32 matrix of unit-length vectors: the corpus side of dense retrieval
/// and the payload of the embedding cache.
public struct EmbeddingMatrix: Sendable, Equatable {
  public let rows: Int
  public let dimension: Int
  public private(set) var values: [Float]

  public init(rows: Int, dimension: Int, values: [Float]) {
    precondition(values.count == rows * dimension, "matrix needs rows × dimension values")
    self.rows = rows
    self.dimension = dimension
    self.values = values
  }

  public init(vectors: [[Float]], dimension: Int? = nil) {
    let d = dimension ?? vectors.first?.count ?? 0
    var flat: [Float] = []
    flat.reserveCapacity(vectors.count * d)
    for v in vectors {
      precondition(v.count == d, "vectors of different lengths")
      flat.append(contentsOf: v)
    }
    self.init(rows: vectors.count, dimension: d, values: flat)
  }

  public func row(_ r: Int) -> ArraySlice<Float> {
    values[(r * dimension)..<((r + 1) * dimension)]
  }

  /// Dot product of `query` with every row; with unit vectors that is the cosine.
  /// A plain loop over SIMD16 lanes: 14k × 384 takes a few milliseconds, so no index.
  public func dotProducts(_ query: [Float]) -> [Float] {
    precondition(query.count == dimension, "query has \(query.count) dims, matrix \(dimension)")
    var out = [Float](repeating: 0, count: rows)
    let d = dimension
    let wide = d / 16 * 16
    values.withUnsafeBufferPointer { matrix in
      query.withUnsafeBufferPointer { q in
        let qRaw = UnsafeRawPointer(q.baseAddress!)
        let mRaw = UnsafeRawPointer(matrix.baseAddress!)
        for r in 0..<rows {
          var acc = SIMD16<Float>()
          let rowStart = r * d
          var i = 0
          while i < wide {
            let a = qRaw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
            let b = mRaw.loadUnaligned(fromByteOffset: (rowStart + i) * 4, as: SIMD16<Float>.self)
            acc += a * b
            i += 16
          }
          var sum = acc.sum()
          while i < d {
            sum += q[i] * matrix[rowStart + i]
            i += 1
          }
          out[r] = sum
        }
      }
    }
    return out
  }
}
