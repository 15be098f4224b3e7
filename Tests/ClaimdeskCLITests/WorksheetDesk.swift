import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
@testable import ClaimdeskLedger

/// A temporary workspace with two claims entered by hand and a pinned clock and version, driven
/// in-process, plus the edits a reviewer makes to a worksheet.
struct WorksheetDesk {
  static let settlements = "Every U.S. administration since 1967 has opposed settlement construction."
  static let unemployment = "Unemployment fell to 4.2% in March 2015."
  static let environment = ["SOURCE_DATE_EPOCH": "1448373787", "CLAIMDESK_VERSION": "9.9.9"]

  let root: String
  var worksheet: String { root + "/reports/manual-claims.md" }

  /// `init`, then the two claims (the second with a source).
  static func make() async throws -> WorksheetDesk {
    let desk = WorksheetDesk(root: try TestData.temporaryDirectory("worksheet-cli").path)
    for arguments in [
      ["init"], ["add", settlements, "--speaker", "Mark Toner"],
      ["add", unemployment, "--source", "https://example.org/bls"],
    ] {
      let result = await desk.run(arguments)
      guard result.status == 0 else { throw DeskError(message: result.stderr) }
    }
    return desk
  }

  func run(_ arguments: [String], actor: String = "tester", stdin: String? = nil) async -> CLIHarness.Result {
    var environment = Self.environment
    environment["CLAIMDESK_ACTOR"] = actor
    return await CLIHarness.run(arguments, in: root, environment: environment, stdin: stdin)
  }

  func state() throws -> LedgerState { try Ledger(claimsDirectory: root + "/claims").state() }

  func claim(_ text: String) throws -> ClaimState {
    guard let claim = try state().claims.values.first(where: { $0.text == text }) else {
      throw DeskError(message: "no claim \(text)")
    }
    return claim
  }

  func read() throws -> String { try String(contentsOfFile: worksheet, encoding: .utf8) }
  func write(_ text: String) throws { try text.write(toFile: worksheet, atomically: true, encoding: .utf8) }

  /// Changes the lines of one claim's verdict block.
  func editVerdict(of claimID: String, _ change: (inout [String]) -> Void) throws {
    var lines = try read().components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("<!-- claimdesk:verdict id=\(claimID)") }),
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("<!-- claimdesk:end") })
    else { throw DeskError(message: "no verdict block for \(claimID)") }
    var block = Array(lines[(start + 1)..<end])
    change(&block)
    lines.replaceSubrange((start + 1)..<end, with: block)
    try write(lines.joined(separator: "\n"))
  }

  /// Ticks `status` and clears the other boxes.
  func tick(_ claimID: String, _ status: ClaimStatus) throws {
    try editVerdict(of: claimID) { block in
      for i in block.indices where block[i].hasPrefix("- [") {
        let word = block[i].dropFirst(6).prefix { $0 != ":" }
        block[i] = "- [\(word == status.rawValue ? "x" : " ")]" + block[i].dropFirst(5)
      }
    }
  }

  /// Writes `text` after `**Note:**` or `**Add source:**`.
  func fill(_ claimID: String, _ prefix: String, _ text: String) throws {
    try editVerdict(of: claimID) { block in
      if let i = block.firstIndex(of: prefix) { block[i] = prefix + " " + text }
    }
  }

  /// 1-based number of the first line of the worksheet that starts with `prefix`, after line `after`.
  func line(startingWith prefix: String, after: Int = 0) throws -> Int {
    let lines = try read().components(separatedBy: "\n")
    guard let index = lines.indices.first(where: { $0 >= after && lines[$0].hasPrefix(prefix) }) else {
      throw DeskError(message: "no line starting with \(prefix)")
    }
    return index + 1
  }
}

struct DeskError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
