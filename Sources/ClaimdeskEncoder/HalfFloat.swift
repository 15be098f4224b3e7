/// 16-bit float widening done with bit operations: Swift's `Float16` is unavailable on
/// Intel Macs, and the weights may be stored as F16 or BF16.
enum HalfFloat {
  /// IEEE 754 binary16 bits to Float.
  static func float(fromF16 bits: UInt16) -> Float {
    let sign = UInt32(bits & 0x8000) << 16
    let exponent = Int((bits >> 10) & 0x1F)
    let mantissa = UInt32(bits & 0x3FF)
    if exponent == 0 {
      // Zero or subnormal: value is mantissa * 2^-24.
      let magnitude = Float(mantissa) * 0x1p-24
      return sign == 0 ? magnitude : -magnitude
    }
    if exponent == 0x1F {
      return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
    }
    return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
  }

  /// bfloat16 is the top half of a binary32.
  static func float(fromBF16 bits: UInt16) -> Float {
    Float(bitPattern: UInt32(bits) << 16)
  }
}
