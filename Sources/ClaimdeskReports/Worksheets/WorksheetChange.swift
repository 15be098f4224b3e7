import ClaimdeskLedger
/// One change a worksheet asks of the ledger: a `claim.source`, `claim.note` or `claim.status` event.
public enum WorksheetChange: Sendable, Equatable, CustomStringConvertible {
  case source(String)
  case note(String)
  case status(ClaimStatus)

  public var description: String {
    switch self {
    case .source(let reference): return "add source \(reference)"
    case .note(let text): return "add note \"\(text)\""
    case .status(let status): return "set status \(status.rawValue)"
    }
  }
}
