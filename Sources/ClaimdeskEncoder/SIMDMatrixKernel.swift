/// Dense layers with a blocked Swift SIMD kernel, for comparison with OpenBLAS.
///
/// Weights are packed once at load time into panels of 16 output columns, each panel
/// laid out [input][16], so the inner loop reads 16 contiguous weights per input index
/// and broadcasts one activation per row: a 6 x 16 block of outputs lives in twelve
/// SIMD8 accumulators (fits the 16 vector registers of AVX). Row tiles are sized so a
/// tile of activations stays in L2 while every panel streams past it, and tiles are
/// spread over the cores.
enum SIMDMatrixKernel {
  static let panelWidth = 16
  static let blockRows = 6

  static func pack(_ weight: [Float], inputSize: Int, outputSize: Int) -> [Float] {
    let panels = (outputSize + panelWidth - 1) / panelWidth
    var packed = [Float](repeating: 0, count: panels * inputSize * panelWidth)
    for column in 0..<outputSize {
      let panel = column / panelWidth
      let lane = column % panelWidth
      for k in 0..<inputSize {
        packed[(panel * inputSize + k) * panelWidth + lane] = weight[column * inputSize + k]
      }
    }
    return packed
  }

  static func linear(
    _ layer: LinearWeights, input: UnsafePointer<Float>, rows: Int, output: UnsafeMutablePointer<Float>
  ) {
    let k = layer.inputSize
    let n = layer.outputSize
    let panels = (n + panelWidth - 1) / panelWidth
    let tileRows = max(blockRows, min(96, 128 * 1024 / (k * 4)) / blockRows * blockRows)
    let tiles = (rows + tileRows - 1) / tileRows
    let input = SendableInput(base: input)
    let output = SendablePointer(output)
    layer.packed.withUnsafeBufferPointer { packedBuffer in
      layer.bias.withUnsafeBufferPointer { biasBuffer in
        let packed = SendableInput(base: packedBuffer.baseAddress!)
        let bias = SendableInput(base: biasBuffer.baseAddress!)
        Parallel.forEach(tiles) { tile in
          let rowEnd = min(rows, (tile + 1) * tileRows)
          for panel in 0..<panels {
            let weights = packed.base + panel * k * panelWidth
            let column = panel * panelWidth
            let columns = min(panelWidth, n - column)
            var biasLanes = [Float](repeating: 0, count: panelWidth)
            for lane in 0..<columns { biasLanes[lane] = bias.base[column + lane] }
            let bias0 = SIMD8<Float>(biasLanes[0..<8])
            let bias1 = SIMD8<Float>(biasLanes[8..<16])
            var row = tile * tileRows
            while row < rowEnd {
              let count = min(blockRows, rowEnd - row)
              block(
                input.base + row * k, k: k, rows: count, weights: weights, bias0: bias0, bias1: bias1,
                output: output.base + row * n + column, stride: n, columns: columns)
              row += count
            }
          }
        }
      }
    }
  }

  /// Up to 6 rows x 16 columns of output; rows past `rows` read row 0 again and are not stored.
  @inline(__always)
  private static func block(
    _ a: UnsafePointer<Float>, k: Int, rows: Int, weights: UnsafePointer<Float>,
    bias0: SIMD8<Float>, bias1: SIMD8<Float>, output: UnsafeMutablePointer<Float>, stride: Int, columns: Int
  ) {
    let a0 = a
    let a1 = rows > 1 ? a + k : a
    let a2 = rows > 2 ? a + 2 * k : a
    let a3 = rows > 3 ? a + 3 * k : a
    let a4 = rows > 4 ? a + 4 * k : a
    let a5 = rows > 5 ? a + 5 * k : a
    var c00 = bias0, c01 = bias1, c10 = bias0, c11 = bias1, c20 = bias0, c21 = bias1
    var c30 = bias0, c31 = bias1, c40 = bias0, c41 = bias1, c50 = bias0, c51 = bias1
    let raw = UnsafeRawPointer(weights)
    for i in 0..<k {
      let b0 = raw.loadUnaligned(fromByteOffset: i * 64, as: SIMD8<Float>.self)
      let b1 = raw.loadUnaligned(fromByteOffset: i * 64 + 32, as: SIMD8<Float>.self)
      #if CLAIMDESK_SIMD_FMA
        // Fused multiply-add: only for builds whose target CPU has FMA
        // (-Xswiftc -DCLAIMDESK_SIMD_FMA with -target-cpu); elsewhere it becomes a libm call per lane.
        var x = SIMD8<Float>(repeating: a0[i])
        c00.addProduct(x, b0); c01.addProduct(x, b1)
        x = SIMD8<Float>(repeating: a1[i])
        c10.addProduct(x, b0); c11.addProduct(x, b1)
        x = SIMD8<Float>(repeating: a2[i])
        c20.addProduct(x, b0); c21.addProduct(x, b1)
        x = SIMD8<Float>(repeating: a3[i])
        c30.addProduct(x, b0); c31.addProduct(x, b1)
        x = SIMD8<Float>(repeating: a4[i])
        c40.addProduct(x, b0); c41.addProduct(x, b1)
        x = SIMD8<Float>(repeating: a5[i])
        c50.addProduct(x, b0); c51.addProduct(x, b1)
      #else
        var x = SIMD8<Float>(repeating: a0[i])
        c00 += x * b0; c01 += x * b1
        x = SIMD8<Float>(repeating: a1[i])
        c10 += x * b0; c11 += x * b1
        x = SIMD8<Float>(repeating: a2[i])
        c20 += x * b0; c21 += x * b1
        x = SIMD8<Float>(repeating: a3[i])
        c30 += x * b0; c31 += x * b1
        x = SIMD8<Float>(repeating: a4[i])
        c40 += x * b0; c41 += x * b1
        x = SIMD8<Float>(repeating: a5[i])
        c50 += x * b0; c51 += x * b1
      #endif
    }
    if rows == blockRows && columns == panelWidth {
      let out = UnsafeMutableRawPointer(output)
      let step = stride * 4
      out.storeBytes(of: c00, as: SIMD8<Float>.self); out.storeBytes(of: c01, toByteOffset: 32, as: SIMD8<Float>.self)
      (out + step).storeBytes(of: c10, as: SIMD8<Float>.self); (out + step).storeBytes(of: c11, toByteOffset: 32, as: SIMD8<Float>.self)
      (out + 2 * step).storeBytes(of: c20, as: SIMD8<Float>.self); (out + 2 * step).storeBytes(of: c21, toByteOffset: 32, as: SIMD8<Float>.self)
      (out + 3 * step).storeBytes(of: c30, as: SIMD8<Float>.self); (out + 3 * step).storeBytes(of: c31, toByteOffset: 32, as: SIMD8<Float>.self)
      (out + 4 * step).storeBytes(of: c40, as: SIMD8<Float>.self); (out + 4 * step).storeBytes(of: c41, toByteOffset: 32, as: SIMD8<Float>.self)
      (out + 5 * step).storeBytes(of: c50, as: SIMD8<Float>.self); (out + 5 * step).storeBytes(of: c51, toByteOffset: 32, as: SIMD8<Float>.self)
      return
    }
    let results = [(c00, c01), (c10, c11), (c20, c21), (c30, c31), (c40, c41), (c50, c51)]
    for r in 0..<rows {
      let target = output + r * stride
      let (low, high) = results[r]
      for lane in 0..<min(8, columns) { target[lane] = low[lane] }
      for lane in 0..<max(0, columns - 8) { target[8 + lane] = high[lane] }
    }
  }
}

