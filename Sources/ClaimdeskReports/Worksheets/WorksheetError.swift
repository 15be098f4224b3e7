import ClaimdeskLedger
import ClaimdeskSupport
/// What can be wrong with a worksheet that is read back, or with writing one. Problems inside
/// the file say where, as `FILE:LINE:COL: error: MESSAGE`, so an editor can jump to them.
public enum WorksheetError: ClaimdeskFailure, Equatable {
  /// The file has no `<!-- claimdesk:worksheet ... -->` line: not a worksheet this tool wrote.
  case notAWorksheet(file: String)
  /// A `<!-- claimdesk:... -->` line that cannot be read (unterminated, bad attribute, bad encoding).
  case malformedMarker(WorksheetLocation, reason: String)
  /// A marker name this version does not write (`claimdesk:foo`).
  case unknownMarker(WorksheetLocation, name: String)
  /// A marker out of place: a verdict block outside a claim, an end without a start, a claim
  /// section that never opened or closed its verdict block.
  case misplacedMarker(WorksheetLocation, reason: String)
  /// The same claim appears twice in one worksheet.
  case duplicateClaim(WorksheetLocation, id: String)
  /// A claim id the ledger does not know (raised by the caller, which holds the ledger).
  case unknownClaim(WorksheetLocation, id: String)
  /// More than one verdict box ticked for one claim.
  case twoVerdicts(WorksheetLocation, first: ClaimStatus, firstLine: Int, second: ClaimStatus)
  /// No verdict box ticked for a claim (the worksheet is written with the current one ticked).
  case noVerdict(WorksheetLocation, id: String)
  /// A ticked or unticked box whose word is not a status.
  case unknownStatus(WorksheetLocation, word: String)
  /// A line in a verdict block that is not a box, a note or a source line.
  case malformedLine(WorksheetLocation, text: String)
  /// Several of the above; each is reported.
  case several([WorksheetError])
  /// `report` would overwrite a worksheet holding edits not synced to the ledger.
  case unsyncedEdits(file: String, claims: [String])
  /// `sync` left these claims alone (conflicts, or changes the review rules refused).
  case notSynced(file: String, claims: [String])

  public var exitStatus: ExitStatus {
    switch self {
    case .unsyncedEdits: return .cannotCreate
    default: return .dataError
    }
  }

  /// `FILE:LINE:COL` of the (first) problem; the CLI prints `LOCATION: error: DESCRIPTION`.
  public var location: String? {
    switch self {
    case .notAWorksheet(let file): return file
    case .malformedMarker(let at, _), .unknownMarker(let at, _), .misplacedMarker(let at, _),
      .duplicateClaim(let at, _), .unknownClaim(let at, _), .twoVerdicts(let at, _, _, _), .noVerdict(let at, _),
      .unknownStatus(let at, _), .malformedLine(let at, _):
      return at.description
    case .several(let errors): return errors.first?.location
    case .unsyncedEdits(let file, _), .notSynced(let file, _): return file
    }
  }

  /// Every problem as its own `FILE:LINE:COL: error: MESSAGE` line.
  public var diagnostics: [String] {
    switch self {
    case .several(let errors): return errors.flatMap(\.diagnostics)
    default: return [(location ?? "claimdesk") + ": error: " + message]
    }
  }

  /// The message; for several problems, the first one's, then the others as whole diagnostic
  /// lines, so the CLI's one-line form still shows every problem.
  public var description: String {
    switch self {
    case .several(let errors):
      return ([errors.first?.message ?? ""] + errors.dropFirst().flatMap(\.diagnostics)).joined(separator: "\n")
    default: return message
    }
  }

  var message: String {
    switch self {
    case .notAWorksheet:
      return "not a claimdesk worksheet (no `<!-- claimdesk:worksheet` line); write one with `claimdesk report`"
    case .malformedMarker(_, let reason):
      return "malformed claimdesk marker: \(reason); restore the line as `claimdesk report` wrote it"
    case .unknownMarker(_, let name):
      return "unknown marker `claimdesk:\(name)`; expected worksheet, claim, verdict or end"
    case .misplacedMarker(_, let reason):
      return reason
    case .duplicateClaim(_, let id):
      return "claim \(id) appears twice in this worksheet; keep one section"
    case .unknownClaim(_, let id):
      return "unknown claim id \(id): not in this workspace's ledger"
    case .twoVerdicts(_, let first, let firstLine, let second):
      return "two verdicts ticked (\(first.rawValue) at line \(firstLine), \(second.rawValue) here); tick one"
    case .noVerdict(_, let id):
      return "no verdict ticked for claim \(id); tick one box"
    case .unknownStatus(_, let word):
      let known = ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown status `\(word)`; one of \(known)"
    case .malformedLine(_, let text):
      return "cannot read `\(text)` in a verdict section; expected `- [x] STATUS`, "
        + "`\(WorksheetVerdict.notePrefix) TEXT` or `\(WorksheetVerdict.sourcePrefix) URL`"
    case .several(let errors):
      return errors.first?.message ?? ""
    case .unsyncedEdits(let file, let claims):
      return "holds edits not yet synced for claim\(claims.count == 1 ? "" : "s") \(claims.joined(separator: ", ")); "
        + "run `claimdesk sync \(file)` first, or pass --force to overwrite them"
    case .notSynced(_, let claims):
      return "\(claims.count) claim\(claims.count == 1 ? "" : "s") not synced (\(claims.joined(separator: ", "))): see above"
    }
  }
}
