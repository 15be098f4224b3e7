import ClaimdeskLedger
/// The editable part of a claim's section: one task-list box per status, a note line and an
/// add-source line, between markers. `WorksheetReader` reads exactly what this writes.
enum WorksheetVerdict {
  static let notePrefix = "**Note:**"
  static let sourcePrefix = "**Add source:**"

  /// What each box says after the status word (the reader reads only the word).
  static func hint(_ status: ClaimStatus) -> String {
    switch status {
    case .open: return "not looked at yet"
    case .inProgress: return "being checked"
    case .verified: return "accurate (needs a source)"
    case .false: return "inaccurate (needs a source)"
    case .misleading: return "accurate in part, but gives a wrong impression (needs a source)"
    case .unverifiable: return "cannot be settled with the evidence available"
    case .dismissed: return "not worth checking (write why in the note)"
    }
  }

  static func lines(for claim: ClaimState) -> [String] {
    var out = [WorksheetMarker("verdict", [("id", claim.id)]).line]
    for status in ClaimStatus.allCases {
      out.append("- [\(status == claim.status ? "x" : " ")] \(status.rawValue): \(hint(status))")
    }
    out += ["", notePrefix, "", sourcePrefix, "", WorksheetMarker("end", [("id", claim.id)]).line]
    return out
  }
}
