import Foundation

/// The exact GELU BERT uses, x * Phi(x) = x/2 * (1 + erf(x / sqrt 2)); the tanh
/// approximation would drift from the reference vectors.
///
/// erf is a rational approximation on [-4, 4] (Eigen's float erf; absolute error under
/// 5e-7, erf(4) = 1 - 1.5e-8) evaluated eight lanes at a time: libm's scalar erff took a
/// tenth of the whole encode time.
enum GELU {
  static func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
    let target = SendablePointer(values)
    Parallel.forEachRange(count / 8, minimumChunk: 512) { range in
      let raw = UnsafeMutableRawPointer(target.base)
      for block in range {
        let x = raw.loadUnaligned(fromByteOffset: block * 32, as: SIMD8<Float>.self)
        raw.storeBytes(of: gelu(x), toByteOffset: block * 32, as: SIMD8<Float>.self)
      }
    }
    for i in (count / 8 * 8)..<count {
      var lanes = SIMD8<Float>(repeating: 0)
      lanes[0] = values[i]
      values[i] = gelu(lanes)[0]
    }
  }

  @inline(__always)
  static func gelu(_ x: SIMD8<Float>) -> SIMD8<Float> {
    0.5 * x * (1 + erf(x * 0.707_106_77))
  }

  @inline(__always)
  static func erf(_ value: SIMD8<Float>) -> SIMD8<Float> {
    // replacing(with:where:) rather than clamped(): the generic pointwiseMin/Max it
    // calls were not inlined and showed up in profiles.
    let x = value.replacing(with: 4, where: value .> 4).replacing(with: -4, where: value .< -4)
    let x2 = x * x
    var p = x2 * -2.726_142_3e-10 + 2.770_681_4e-08
    p = p * x2 - 2.101_024e-06
    p = p * x2 - 5.692_506_4e-05
    p = p * x2 - 7.349_906_3e-04
    p = p * x2 - 2.954_6e-03
    p = p * x2 - 1.609_603_3e-02
    p = p * x
    var q = x2 * -1.456_607_2e-05 - 2.133_740_6e-04
    q = q * x2 - 1.682_827e-03
    q = q * x2 - 7.373_329_2e-03
    q = q * x2 - 1.426_474e-02
    return p / q
  }
}
