import ClaimdeskSupport

/// What importing fact-checks, matching and adopting an earlier verdict refuse.
public enum SeenBeforeError: ClaimdeskFailure, Equatable {
  /// A fact-check file that cannot be read or parsed (`file:line: message`).
  case unreadableFactChecks(path: String, line: Int?, message: String)
  /// A fact-check file that holds no fact-checks.
  case noFactChecks(path: String)
  /// The stored copy of an imported file is missing or no longer has the digest the ledger recorded.
  case storedFactChecksChanged(path: String, seq: Int, reason: String)
  /// A fact-check file copied by `ledger push` or `ledger pull` whose bytes do not hash to the
  /// digest it is kept under (a damaged row or file).
  case damagedFactCheckCopy(name: String, store: String)
  /// `match --reject` or `mark --same-as` naming something the claim was not matched to, or no claim at all.
  case unknownMatch(claim: String, reference: String)
  /// `mark --same-as` on an earlier claim or fact-check whose verdict does not map to a status.
  case noVerdictToAdopt(reference: String, verdict: String?)
  /// `match` with no text to match.
  case emptyQuery

  public var exitStatus: ExitStatus {
    switch self {
    case .unreadableFactChecks, .noFactChecks, .storedFactChecksChanged, .damagedFactCheckCopy, .noVerdictToAdopt, .emptyQuery: .dataError
    case .unknownMatch: .usage
    }
  }

  public var location: String? {
    if case .unreadableFactChecks(let path, let line?, _) = self { return "\(path):\(line)" }
    return nil
  }

  public var description: String {
    switch self {
    case .unreadableFactChecks(let path, let line, let message):
      line == nil
        ? "\(path): \(message); fact-checks are ClaimReview JSON-LD or a CSV/TSV with claim, verdict, url, date, publisher columns"
        : message
    case .noFactChecks(let path):
      "\(path) holds no fact-checks (no ClaimReview with claimReviewed, or no rows with a claim); nothing imported"
    case .storedFactChecksChanged(let path, let seq, let reason):
      "\(path) \(reason): it no longer matches what ledger event \(seq) recorded; restore it from a backup or import the original file again"
    case .damagedFactCheckCopy(let name, let store):
      "the fact-check file \(name) in \(store) does not hash to the digest it is kept under; nothing more was copied; restore it from a backup or import the original file again"
    case .unknownMatch(let claim, let reference):
      "claim \(claim) has no seen-before match '\(reference)'; `claimdesk show \(claim)` lists its matches (or give another claim's id)"
    case .noVerdictToAdopt(let reference, let verdict):
      verdict == nil
        ? "\(reference) has no verdict to adopt (it is still open); mark the claim yourself with --source"
        : "cannot tell which status '\(verdict!)' (the verdict of \(reference)) means; give --status too"
    case .emptyQuery:
      "nothing to match: give a claim's text or --claim ID"
    }
  }
}
