import Foundation
import ClaimdeskLedger
import ClaimdeskReports
/// What `sync` does with a worksheet read back: per claim, the changes the ledger does not reflect
/// yet, or a conflict when the claim's events moved on since the worksheet was written.
public struct WorksheetSync: Sendable {
  public struct Item: Sendable, Equatable {
    public var edit: WorksheetClaimEdit
    public var shortID: String
    /// The claim's status in the ledger now.
    public var current: ClaimStatus
    public var changes: [WorksheetChange]
    /// The newest review event on this claim after the worksheet's, when the worksheet holds
    /// edits the ledger does not reflect: then nothing is applied.
    public var conflict: HistoryEntry?
  }

  /// Claims with something to do (changes or a conflict), in worksheet order.
  public var items: [Item]

  /// Checks every id against the ledger (unknown ids are errors with their line) and plans.
  public static func plan(_ reading: WorksheetReading, state: LedgerState, file: String) throws(WorksheetError) -> WorksheetSync {
    var errors: [WorksheetError] = []
    var items: [Item] = []
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    for edit in reading.claims {
      guard let claim = state.claims[edit.id] else {
        errors.append(.unknownClaim(WorksheetLocation(file: file, line: edit.line), id: edit.id))
        continue
      }
      let changes = edit.pendingChanges(in: claim)
      guard !changes.isEmpty else { continue }
      items.append(
        Item(
          edit: edit, shortID: shortIDs[claim.id] ?? claim.id, current: claim.status, changes: changes,
          conflict: edit.conflictingEvent(in: claim)))
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : .several(errors) }
    return WorksheetSync(items: items)
  }

  /// Records one claim's changes through the workbench, attributed to its actor: a status change
  /// as one `mark` (with the new sources and the note, so the review rules see them together),
  /// otherwise `claim.source` and `claim.note` events.
  public static func apply(_ item: Item, with workbench: Workbench) throws {
    let (sources, note, status) = parts(item)
    if let status {
      try workbench.mark(item.edit.id, status: status, sources: sources, note: note)
      return
    }
    if !sources.isEmpty { try workbench.addSources(item.edit.id, sources) }
    if let note { try workbench.note(item.edit.id, text: note) }
  }

  /// Runs the checks `apply` would (the review rules of `mark`, each source, the note) and
  /// throws what it would throw, writing nothing: what `sync --dry-run` does per claim.
  public static func check(_ item: Item, with workbench: Workbench) throws {
    let (sources, note, status) = parts(item)
    if let status {
      let (claim, shortID) = try workbench.claim(item.edit.id)
      _ = try workbench.markDrafts(claim, shortID: shortID, status: status, sources: sources, note: note)
      return
    }
    _ = try workbench.claim(item.edit.id)
    _ = try sources.map(SourceReference.init)
    if let note, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw WorkbenchError.emptyNote }
  }

  private static func parts(_ item: Item) -> (sources: [String], note: String?, status: ClaimStatus?) {
    var sources: [String] = []
    var note: String?
    var status: ClaimStatus?
    for change in item.changes {
      switch change {
      case .source(let reference): sources.append(reference)
      case .note(let text): note = text
      case .status(let s): status = s
      }
    }
    return (sources, note, status)
  }
}

extension WorksheetSync {
  /// The short ids of claims whose edits in a worksheet the ledger does not reflect yet (edits on
  /// claims the ledger does not know count too): what `report` must not overwrite.
  public static func unsynced(_ reading: WorksheetReading, state: LedgerState) -> [String] {
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    return reading.claims.compactMap { edit in
      guard let claim = state.claims[edit.id] else { return edit.hasEdits ? edit.id : nil }
      return edit.pendingChanges(in: claim).isEmpty ? nil : shortIDs[edit.id] ?? edit.id
    }
  }
}
