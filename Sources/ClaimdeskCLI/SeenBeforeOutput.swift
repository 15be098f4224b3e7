import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import Foundation

/// How commands report seen-before matches: one line per match under its claim, and the
/// model's note (matching fell back to words alone) once per process.
enum SeenBeforeOutput {
  /// Whether the note was given: the server asks from many tasks at once.
  private static let noted = NoteGiven()

  /// The model as the workspace and this command's environment name it.
  static func model(_ workbench: Workbench, context: CommandContext = .current) -> MatchingModel {
    var model = workbench.matchingModel(environment: context.environment)
    let standardError = context.standardError
    model.announce = { standardError.write("claimdesk: note: \($0)\n") }
    return model
  }

  /// Prints why matching was lexical only, the first time it is so.
  static func note(_ note: String?) {
    guard let note, noted.first() else { return }
    CommandContext.current.standardError.write("claimdesk: note: \(note)\n")
  }

  /// "Seen before:" and a line per match, for the claims that have some (in `order`).
  static func write(_ outcome: SeenBeforeOutcome, order: [String], workbench: Workbench) throws {
    note(outcome.note)
    let claims = order.filter { outcome.matches[$0] != nil }
    guard !claims.isEmpty else { return }
    // One claim at a time through the index: a whole fold of a large ledger costs seconds.
    let context = CommandContext.current
    context.standardOutput.write("Seen before (\(claims.count) claim\(claims.count == 1 ? "" : "s")):\n")
    for id in claims {
      let (claim, shortID) = try workbench.ledger.claim(id)
      context.standardOutput.write("  [\(shortID)] \(TerminalText.escaped(claim.text))\n")
      for match in outcome.matches[id] ?? [] {
        context.standardOutput.write("    - \(TerminalText.escaped(line(match, workbench: workbench)))\n")
      }
    }
  }

  /// The current status of each earlier claim the matches name (read one claim at a time).
  static func statuses(_ matches: [SeenBeforeMatch], workbench: Workbench) -> [String: String] {
    var statuses: [String: String] = [:]
    for match in matches {
      if case .claim(let id) = match.target { statuses[id] = try? workbench.ledger.claim(id).claim.status.rawValue }
    }
    return statuses
  }

  /// The match in words, with an earlier claim's short id and current status.
  static func line(_ match: SeenBeforeMatch, workbench: Workbench) -> String {
    guard case .claim(let id) = match.target, let (earlier, shortID) = try? workbench.ledger.claim(id) else {
      return SeenBeforeText.line(match)
    }
    return SeenBeforeText.line(match, shortID: shortID, status: earlier.status.rawValue)
  }
}

/// True the first time it is asked, false after (under a lock).
private final class NoteGiven: @unchecked Sendable {
  private let lock = NSLock()
  private var given = false

  func first() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    defer { given = true }
    return !given
  }
}
