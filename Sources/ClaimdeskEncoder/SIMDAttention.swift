import Foundation

/// Multi-head scaled dot-product self-attention over a packed batch, in Swift SIMD code
/// (the `.simd` backend; `BLASAttention` is the OpenBLAS one).
///
/// Sentences are laid end to end (no padding rows), so each (sentence, head) pair attends
/// only within its own rows: that is the padding mask, applied by construction, and the
/// matrix products around it never spend work on pad tokens.
enum SIMDAttention {
  /// - Parameters:
  ///   - queryKeyValue: [tokens, 3 * hidden], query then key then value columns.
  ///   - context: [tokens, hidden] output, heads side by side as PyTorch concatenates them.
  ///   - sentences: row range of each sentence in the packed batch.
  static func apply(
    queryKeyValue: UnsafePointer<Float>, context: UnsafeMutablePointer<Float>, sentences: [Range<Int>],
    hiddenSize: Int, headCount: Int
  ) {
    let headSize = hiddenSize / headCount
    let stride = 3 * hiddenSize
    let scale = 1 / Float(headSize).squareRoot()
    let qkv = SendableInput(base: queryKeyValue)
    let output = SendablePointer(context)
    Parallel.forEach(sentences.count * headCount) { item in
      let rows = sentences[item / headCount]
      let head = item % headCount
      let length = rows.count
      let query = qkv.base + rows.lowerBound * stride + head * headSize
      let key = query + hiddenSize
      let value = query + 2 * hiddenSize
      var weights = [Float](repeating: 0, count: length)
      weights.withUnsafeMutableBufferPointer { weights in
        for i in 0..<length {
          let out = output.base + (rows.lowerBound + i) * hiddenSize + head * headSize
          attend(
            query: query + i * stride, keys: key, values: value, stride: stride, length: length,
            headSize: headSize, scale: scale, weights: weights.baseAddress!, output: out)
        }
      }
    }
  }

  /// One query row against the sentence's keys: softmax(q K^T * scale) V into `output`.
  /// Head slices are read as SIMD8 chunks; the baseline x86-64 target does not
  /// auto-vectorise the strided scalar loops.
  @inline(__always)
  private static func attend(
    query: UnsafePointer<Float>, keys: UnsafePointer<Float>, values: UnsafePointer<Float>, stride: Int,
    length: Int, headSize: Int, scale: Float, weights: UnsafeMutablePointer<Float>,
    output: UnsafeMutablePointer<Float>
  ) {
    let chunks = headSize / 8
    let tail = chunks * 8
    let q = UnsafeRawPointer(query)
    var largest = -Float.infinity
    for j in 0..<length {
      let k = UnsafeRawPointer(keys + j * stride)
      var sum = SIMD8<Float>(repeating: 0)
      for c in 0..<chunks {
        sum += q.loadUnaligned(fromByteOffset: c * 32, as: SIMD8<Float>.self)
          * k.loadUnaligned(fromByteOffset: c * 32, as: SIMD8<Float>.self)
      }
      var dot = sum.sum()
      for d in tail..<headSize { dot += query[d] * keys[j * stride + d] }
      weights[j] = dot * scale
      largest = max(largest, weights[j])
    }
    var total: Float = 0
    for j in 0..<length {
      weights[j] = exp(weights[j] - largest)
      total += weights[j]
    }
    let inverse = 1 / total
    for d in 0..<headSize { output[d] = 0 }
    let out = UnsafeMutableRawPointer(output)
    for j in 0..<length {
      let v = UnsafeRawPointer(values + j * stride)
      let w = SIMD8<Float>(repeating: weights[j] * inverse)
      for c in 0..<chunks {
        let sum = out.loadUnaligned(fromByteOffset: c * 32, as: SIMD8<Float>.self)
          + w * v.loadUnaligned(fromByteOffset: c * 32, as: SIMD8<Float>.self)
        out.storeBytes(of: sum, toByteOffset: c * 32, as: SIMD8<Float>.self)
      }
      for d in tail..<headSize { output[d] += weights[j] * inverse * values[j * stride + d] }
    }
  }
}
