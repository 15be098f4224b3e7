import Foundation
@testable import ClaimdeskSupport

/// What an attacker who knows the hashing rule can do to ledger lines.
enum Tampering {
  /// The line with its hash recomputed over its (edited) bytes.
  static func resealed(_ line: String) -> String {
    let cut = line.range(of: #","hash":""#)!
    let body = String(line[..<cut.lowerBound]) + "}"
    return String(line[..<cut.lowerBound]) + #","hash":""# + Hashing.sha256Hex(body) + #""}"#
  }

  /// The lines with every `prev` from line `from` (1-based) on set to the hash before it and
  /// every hash recomputed: a chain that holds again, whatever was edited in it.
  static func rechained(_ lines: [String], from: Int) -> [String] {
    var lines = lines
    for i in (from - 1)..<lines.count {
      if i > 0 {
        let previous = hash(of: lines[i - 1])
        lines[i] = lines[i].replacingOccurrences(
          of: #""prev":"[0-9a-f]{64}""#, with: #""prev":"\#(previous)""#, options: .regularExpression)
      }
      lines[i] = resealed(lines[i])
    }
    return lines
  }

  static func hash(of line: String) -> String {
    String(line[line.range(of: #","hash":""#)!.upperBound...].dropLast(2))
  }
}
