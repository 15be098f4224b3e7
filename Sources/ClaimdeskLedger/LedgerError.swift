import ClaimdeskSupport
/// What can go wrong with a workspace or its ledger.
public enum LedgerError: ClaimdeskFailure, Equatable {
  /// No workspace above the folder, and none named with --workspace or CLAIMDESK_WORKSPACE.
  case noWorkspace(searchedFrom: String)
  /// A named workspace folder has no claims/ folder.
  case notAWorkspace(String)
  /// A line of the ledger is damaged (edited, reordered, not JSON, wrong hash, ...).
  case corruptLine(file: String, line: Int, reason: String)
  /// HEAD names an event the ledger no longer has: lines were cut off the end.
  case truncated(file: String, headSeq: Int, ledgerSeq: Int)
  /// HEAD cannot be read or names a different hash for its seq.
  case headMismatch(file: String, reason: String)
  /// No claim id starts with the prefix.
  case unknownClaim(String)
  /// Several claim ids start with the prefix.
  case ambiguousClaim(String, candidates: [String])
  /// A claim id prefix that is not hexadecimal, or shorter than 4 digits.
  case invalidClaimID(String)
  /// No document id starts with the prefix.
  case unknownDocument(String)
  /// A status change the rules forbid (e.g. a verdict without a source).
  case refused(String)
  /// A file could not be read or written.
  case io(path: String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .noWorkspace, .notAWorkspace, .unknownClaim, .unknownDocument: .noInput
    case .corruptLine, .truncated, .headMismatch, .refused: .dataError
    case .ambiguousClaim, .invalidClaimID: .usage
    case .io: .ioError
    }
  }

  public var location: String? {
    switch self {
    case .corruptLine(let file, let line, _): line > 0 ? "\(file):\(line)" : file
    case .truncated(let file, _, _), .headMismatch(let file, _): file
    default: nil
    }
  }

  public var description: String {
    switch self {
    case .noWorkspace(let start):
      "no Claimdesk workspace in \(start) or any folder above it; create one with `claimdesk init`, or name one with --workspace DIR or CLAIMDESK_WORKSPACE"
    case .notAWorkspace(let path):
      "\(path) is not a Claimdesk workspace (it has no claims/ folder); create one with `claimdesk init \(path)`"
    case .corruptLine(_, _, let reason):
      reason
    case .truncated(_, let headSeq, let ledgerSeq):
      "the ledger ends at event \(ledgerSeq) but claims/HEAD records event \(headSeq): events were cut off the end"
    case .headMismatch(_, let reason):
      reason
    case .unknownClaim(let prefix):
      "no claim has an id starting with '\(prefix)'; `claimdesk list` shows the ids"
    case .ambiguousClaim(let prefix, let candidates):
      "claim id '\(prefix)' is ambiguous; it could be: \(candidates.joined(separator: ", ")); give more digits"
    case .invalidClaimID(let text):
      "'\(text)' is not a claim id: give at least 4 hexadecimal digits of an id shown by `claimdesk list`"
    case .unknownDocument(let prefix):
      "no document has an id starting with '\(prefix)'; `claimdesk status` lists the documents"
    case .refused(let reason):
      reason
    case .io(let path, let reason):
      "cannot access \(path): \(reason)"
    }
  }
}
