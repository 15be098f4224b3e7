import COpenBLAS
import Foundation

/// `SIMDAttention` with the two per-head products (q K^T and P V) done by OpenBLAS; the
/// packed-batch layout and the softmax are the same.
enum BLASAttention {
  static func apply(
    queryKeyValue: UnsafePointer<Float>, context: UnsafeMutablePointer<Float>, sentences: [Range<Int>],
    hiddenSize: Int, headCount: Int
  ) {
    _ = BLASMatrixKernel.singleThreaded  // workers below call sgemm concurrently
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
      let out = output.base + rows.lowerBound * hiddenSize + head * headSize
      withUnsafeTemporaryAllocation(of: Float.self, capacity: length * length) { buffer in
        let scores = buffer.baseAddress!
        cd_sgemm_nt(
          Int32(length), Int32(length), Int32(headSize), scale, query, Int32(stride),
          query + hiddenSize, Int32(stride), 0, scores, Int32(length))
        for i in 0..<length { Softmax.applyInPlace(scores + i * length, count: length) }
        cd_sgemm_nn(
          Int32(length), Int32(headSize), Int32(length), 1, scores, Int32(length),
          query + 2 * hiddenSize, Int32(stride), 0, out, Int32(hiddenSize))
      }
    }
  }
}
