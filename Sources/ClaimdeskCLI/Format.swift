import Foundation

/// Number formats for human output.
enum Format {
  static func score(_ value: Double) -> String { String(format: "%.2f", value) }
}
