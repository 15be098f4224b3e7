import Foundation

/// Numerically stable softmax of one row (shift by the maximum before exp).
enum Softmax {
  @inline(__always)
  static func applyInPlace(_ row: UnsafeMutablePointer<Float>, count: Int) {
    var largest = -Float.infinity
    for j in 0..<count { largest = max(largest, row[j]) }
    var total: Float = 0
    for j in 0..<count {
      row[j] = exp(row[j] - largest)
      total += row[j]
    }
    let inverse = 1 / total
    for j in 0..<count { row[j] *= inverse }
  }
}
