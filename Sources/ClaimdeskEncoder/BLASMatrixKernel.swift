import COpenBLAS
import Foundation

/// Dense layers through OpenBLAS: output rows start as the bias, then sgemm adds x W^T
/// (beta = 1), which saves a separate pass over the output.
///
/// OpenBLAS runs single-threaded and the rows are split over the cores here instead:
/// its own threads spin in sched_yield between calls, which took CPU from the attention
/// and GELU work in between (measured: about 20% more CPU per sentence with 2 OpenBLAS
/// threads than with 1 thread per row half).
enum BLASMatrixKernel {
  /// Set once, before the first product; it is process-wide, and the encoder is this
  /// program's only OpenBLAS user.
  static let singleThreaded: Void = openblas_set_num_threads(1)

  static func linear(
    _ layer: LinearWeights, input: UnsafePointer<Float>, rows: Int, output: UnsafeMutablePointer<Float>
  ) {
    _ = singleThreaded
    let n = layer.outputSize
    let k = layer.inputSize
    layer.bias.withUnsafeBufferPointer { bias in
      for row in 0..<rows { (output + row * n).update(from: bias.baseAddress!, count: n) }
    }
    layer.weight.withUnsafeBufferPointer { weightBuffer in
      let weight = SendableInput(base: weightBuffer.baseAddress!)
      let a = SendableInput(base: input)
      let c = SendablePointer(output)
      Parallel.forEachRange(rows, minimumChunk: 32) { range in
        cd_sgemm_nt(
          Int32(range.count), Int32(n), Int32(k), 1, a.base + range.lowerBound * k, Int32(k),
          weight.base, Int32(k), 1, c.base + range.lowerBound * n, Int32(n))
      }
    }
  }
}
