/// What `Workbench.sync` reports as it goes, in order, for the caller to show.
public enum WorksheetSyncStep: Sendable {
  /// The ledger already holds every edit of the worksheet: nothing else follows.
  case nothingToSync
  /// A claim with edits: its changes, or its conflict (then it is left alone). In a real run
  /// the changes are recorded after this step.
  case claim(WorksheetSync.Item)
  /// The review rules refused a claim's changes; nothing of that claim was recorded.
  case refused(WorksheetSync.Item, reason: String)
  /// Every claim was dealt with: how many synced, with how many changes, and which did not.
  case finished(synced: Int, changes: Int, pending: Int, failed: [String])
  /// The worksheet was rewritten from the ledger, every edit in it being recorded now.
  case rewrote
}
