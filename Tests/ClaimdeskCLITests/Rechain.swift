import Foundation
@testable import ClaimdeskSupport

/// Re-hashes ledger lines from line `from` (1-based) on, fixing each `prev`: a consistent rewrite.
enum Rechain {
  static func lines(_ lines: [String], from: Int) -> [String] {
    var lines = lines
    func hash(_ line: String) -> String { String(line[line.range(of: #","hash":""#)!.upperBound...].dropLast(2)) }
    for i in (from - 1)..<lines.count {
      if i > 0 {
        lines[i] = lines[i].replacingOccurrences(
          of: #""prev":"[0-9a-f]{64}""#, with: #""prev":"\#(hash(lines[i - 1]))""#, options: .regularExpression)
      }
      let cut = lines[i].range(of: #","hash":""#)!
      let body = String(lines[i][..<cut.lowerBound]) + "}"
      lines[i] = String(lines[i][..<cut.lowerBound]) + #","hash":""# + Hashing.sha256Hex(body) + #""}"#
    }
    return lines
  }
}
