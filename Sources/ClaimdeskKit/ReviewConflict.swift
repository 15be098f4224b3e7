import ClaimdeskLedger
import ClaimdeskSupport

/// A change refused because the claim changed after the reviewer saw it: `changes` are the
/// events since the one the reviewer's page reflected (all of the claim's, if that one is unknown).
public struct ReviewConflict: ClaimdeskFailure, Equatable {
  public var claim: String
  public var changes: [HistoryEntry]

  public var exitStatus: ExitStatus { .dataError }

  public var description: String {
    let last = changes.last.map { " (last: \($0.summary) by \($0.actor) at \($0.at))" } ?? ""
    return "claim \(claim) changed since it was read: \(changes.count) new event(s)\(last); nothing was recorded"
  }
}
