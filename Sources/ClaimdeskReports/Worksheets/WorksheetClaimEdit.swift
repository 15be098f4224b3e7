import ClaimdeskLedger
/// One claim's verdict section as the reviewer left it, with what the worksheet was written from.
public struct WorksheetClaimEdit: Sendable, Equatable {
  public var id: String
  /// The hash of the claim's last ledger event when the worksheet was written.
  public var eventHash: String
  /// The status the worksheet was written with (the box ticked then).
  public var renderedStatus: ClaimStatus
  /// The box ticked now.
  public var tickedStatus: ClaimStatus
  /// The note written after `**Note:**` (continuation lines joined by a space), if any.
  public var note: String?
  /// References written after `**Add source:**`, one per line.
  public var sources: [String]
  /// Line of the claim's marker, for messages.
  public var line: Int

  public init(
    id: String, eventHash: String, renderedStatus: ClaimStatus, tickedStatus: ClaimStatus, note: String? = nil,
    sources: [String] = [], line: Int
  ) {
    self.id = id
    self.eventHash = eventHash
    self.renderedStatus = renderedStatus
    self.tickedStatus = tickedStatus
    self.note = note
    self.sources = sources
    self.line = line
  }

  public var hasEdits: Bool { tickedStatus != renderedStatus || note != nil || !sources.isEmpty }

  /// The edits the ledger does not reflect yet, in the order to record them: sources first (a
  /// verdict needs one), then the note (a dismissal needs one), then the status.
  public func pendingChanges(in current: ClaimState) -> [WorksheetChange] {
    var changes: [WorksheetChange] = []
    var seen: Set<String> = []
    for source in sources where !current.sources.contains(where: { $0.reference == source }) {
      if seen.insert(source).inserted { changes.append(.source(source)) }
    }
    if let note, !current.notes.contains(where: { $0.text == note }) { changes.append(.note(note)) }
    if tickedStatus != renderedStatus && tickedStatus != current.status { changes.append(.status(tickedStatus)) }
    return changes
  }

  /// The claim's events changed since the worksheet was written, and the worksheet holds edits the
  /// ledger does not reflect: applying them could undo someone else's decision.
  public func conflicts(with current: ClaimState) -> Bool { conflictingEvent(in: current) != nil }

  /// The newest review event (status, note, source) recorded after the worksheet's event, when the
  /// worksheet holds pending edits. Fetches are not decisions and conflict with nothing; when the
  /// worksheet's event is not in the claim's history at all, the newest event is returned.
  public func conflictingEvent(in current: ClaimState) -> HistoryEntry? {
    guard current.lastEventHash != eventHash, !pendingChanges(in: current).isEmpty else { return nil }
    guard let seen = current.history.lastIndex(where: { $0.hash == eventHash }) else {
      // A claim made in memory has no history; its conflict is shown by actor, time and summary only.
      return current.history.last
        ?? HistoryEntry(seq: 0, at: "-", actor: "-", op: .claimAdded, summary: "unknown", hash: current.lastEventHash)
    }
    return current.history[(seen + 1)...].last { Self.reviewOps.contains($0.op) }
  }

  static let reviewOps: Set<EventOp> = [.claimStatus, .claimNote, .claimSource]
}
