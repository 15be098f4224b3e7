import Foundation
import ClaimdeskLedger
import ClaimdeskSupport

/// What one submission of a review form asks for: any of a status, sources and a note.
public struct ReviewRequest: Sendable, Equatable {
  public var status: ClaimStatus?
  public var sources: [String]
  public var note: String?

  public init(status: ClaimStatus?, sources: [String], note: String?) {
    self.status = status
    self.sources = sources
    self.note = note
  }
}

extension Workbench {
  /// Records a review (by the rules of `mark`, `note` and `source add`) only if the claim's last
  /// event is still `expecting`: a reviewer who read an older state gets `ReviewConflict` and
  /// nothing is written. A status equal to the current one records only the sources and note.
  @discardableResult
  public func review(_ prefix: String, _ request: ReviewRequest, expecting: String?) throws -> ClaimState {
    try guardedAppend(prefix, expecting: expecting) { claim, shortID in
      let note = request.note?.trimmingCharacters(in: .whitespacesAndNewlines)
      if let status = request.status, status != claim.status {
        return try markDrafts(claim, shortID: shortID, status: status, sources: request.sources, note: note)
      }
      var drafts = try newSources(request.sources.map(SourceReference.init), on: claim).map { sourceDraft($0, claim: claim.id) }
      if let note, !note.isEmpty { drafts.append(EventDraft(op: .claimNote, claim: claim.id, data: ["text": .string(note)])) }
      guard !drafts.isEmpty else { throw WorkbenchError.nothingToRecord(claim: shortID) }
      return drafts
    }
  }

  /// Assigns the claim to a reviewer (`claim.assigned`), or clears the assignment with nil.
  @discardableResult
  public func assign(_ prefix: String, to assignee: String?, expecting: String? = nil) throws -> ClaimState {
    let name = assignee?.trimmingCharacters(in: .whitespacesAndNewlines)
    let to: JSONValue = (name?.isEmpty ?? true) ? .null : .string(name!)
    return try guardedAppend(prefix, expecting: expecting) { claim, _ in
      [EventDraft(op: .claimAssigned, claim: claim.id, data: ["to": to])]
    }
  }

  /// Reads the claim, checks it against `expecting`, and appends what `make` decides, all as if
  /// under one lock: the append goes ahead only if the ledger has not grown since the claim was
  /// read (checked under the writers' lock), else the claim is read again and checked again. So
  /// a CLI command or another reviewer writing in between can never be overwritten unseen.
  func guardedAppend(
    _ prefix: String, expecting: String?, make: (ClaimState, String) throws -> [EventDraft]
  ) throws -> ClaimState {
    let id = try ledger.resolve(prefix)
    for _ in 0..<20 {
      let lengthBefore = ledgerLength()
      let (claim, shortID) = try ledger.claim(id)
      if let expecting, claim.lastEventHash != expecting {
        let seen = claim.history.lastIndex { $0.hash == expecting }
        throw ReviewConflict(claim: shortID, changes: Array(claim.history[(seen.map { $0 + 1 } ?? 0)...]))
      }
      let drafts = try make(claim, shortID)
      var grew = false
      try ledger.append(actor: actor, at: now) { _ in
        grew = ledgerLength() != lengthBefore
        return grew ? [] : drafts
      }
      if !grew { return try ledger.claim(id).claim }
    }
    throw LedgerError.io(path: workspace.ledgerPath, reason: "the ledger kept changing while a review was recorded; try again")
  }

  private func ledgerLength() -> Int { ledger.storedLength() }
}
