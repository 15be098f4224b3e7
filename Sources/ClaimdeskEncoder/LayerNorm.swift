import Foundation

/// LayerNorm over each row of a [rows, width] matrix, optionally after adding a residual.
enum LayerNorm {
  /// rows[r] = norm(rows[r] + residual[r]) * scale + shift, in place in `rows`.
  static func apply(
    _ rows: UnsafeMutablePointer<Float>, adding residual: UnsafePointer<Float>?, count: Int, width: Int,
    scale: [Float], shift: [Float], epsilon: Float
  ) {
    let target = SendablePointer(rows)
    let residual = residual.map { SendableInput(base: $0) }
    scale.withUnsafeBufferPointer { scaleBuffer in
      shift.withUnsafeBufferPointer { shiftBuffer in
        let scale = SendableInput(base: scaleBuffer.baseAddress!)
        let shift = SendableInput(base: shiftBuffer.baseAddress!)
        Parallel.forEachRange(count, minimumChunk: 16) { range in
          for row in range {
            let x = target.base + row * width
            if let residual {
              let r = residual.base + row * width
              for i in 0..<width { x[i] += r[i] }
            }
            // Two passes (mean, then squared deviations) in Float, like PyTorch; a
            // one-pass E[x^2] - E[x]^2 loses digits when the mean is large.
            var sum: Float = 0
            for i in 0..<width { sum += x[i] }
            let mean = sum / Float(width)
            var squares: Float = 0
            for i in 0..<width {
              let d = x[i] - mean
              squares += d * d
            }
            let inverse = 1 / (squares / Float(width) + epsilon).squareRoot()
            for i in 0..<width { x[i] = (x[i] - mean) * inverse * scale.base[i] + shift.base[i] }
          }
        }
      }
    }
  }
}
