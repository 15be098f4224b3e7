import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports

/// How commands report seen-before matches: one line per match under its claim, and the
/// model's note (matching fell back to words alone) once per process.
enum SeenBeforeOutput {
  nonisolated(unsafe) private static var noted = false

  /// The model as the workspace and this command's environment name it.
  static func model(_ workbench: Workbench) -> MatchingModel {
    workbench.matchingModel(environment: CommandContext.current.environment)
  }

  /// Prints why matching was lexical only, the first time it is so.
  static func note(_ note: String?) {
    guard let note, !noted else { return }
    noted = true
    CommandContext.current.standardError.write("claimdesk: note: \(note)\n")
  }

  /// "Seen before:" and a line per match, for the claims that have some (in `order`).
  static func write(_ outcome: SeenBeforeOutcome, order: [String], workbench: Workbench) throws {
    note(outcome.note)
    let claims = order.filter { outcome.matches[$0] != nil }
    guard !claims.isEmpty else { return }
    let shortIDs = try workbench.ledger.shortIDs()
    let state = try workbench.state()
    let context = CommandContext.current
    context.standardOutput.write("Seen before (\(claims.count) claim\(claims.count == 1 ? "" : "s")):\n")
    for id in claims {
      context.standardOutput.write("  [\(shortIDs[id] ?? id)] \(TerminalText.escaped(state.claims[id]?.text ?? ""))\n")
      for match in outcome.matches[id] ?? [] {
        context.standardOutput.write("    - \(TerminalText.escaped(line(match, shortIDs: shortIDs, state: state)))\n")
      }
    }
  }

  static func line(_ match: SeenBeforeMatch, shortIDs: [String: String], state: LedgerState) -> String {
    guard case .claim(let id) = match.target else { return SeenBeforeText.line(match) }
    return SeenBeforeText.line(match, shortID: shortIDs[id], status: state.claims[id]?.status.rawValue)
  }
}
