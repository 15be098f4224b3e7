import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

extension Workbench {
  /// Records a worksheet's edits (`claimdesk sync`): plans them against the ledger, then per
  /// claim records its changes or reports its conflict, so that one claim's conflict or refused
  /// change leaves the others syncing. When every claim synced (and not `dryRun`), rewrites the
  /// worksheet at `rewrite.path` from the ledger: a worksheet left behind the ledger would make
  /// the reviewer's next edit a conflict with their own sync. A `dryRun` runs every check the
  /// real run does (`WorksheetSync.check`), reports the same refusals and throws the same error,
  /// and writes nothing.
  /// - Throws: `WorksheetError.notSynced` naming the claims left alone, after `.finished`.
  public func sync(
    _ reading: WorksheetReading, file: String, dryRun: Bool, rewrite: (path: String, generator: String)?,
    report: (WorksheetSyncStep) -> Void
  ) throws {
    let plan = try WorksheetSync.plan(reading, state: state(), file: file)
    guard !plan.items.isEmpty else { return report(.nothingToSync) }
    var synced = 0
    var changes = 0
    var failed: [String] = []
    for item in plan.items {
      report(.claim(item))
      if item.conflict != nil {
        failed.append(item.shortID)
        continue
      }
      do {
        if dryRun {
          try WorksheetSync.check(item, with: self)
          continue
        }
        try WorksheetSync.apply(item, with: self)
        synced += 1
        changes += item.changes.count
      } catch let failure as ClaimdeskFailure {
        report(.refused(item, reason: failure.description))
        failed.append(item.shortID)
      }
    }
    report(.finished(synced: synced, changes: changes, pending: plan.items.count - failed.count, failed: failed))
    if !failed.isEmpty { throw WorksheetError.notSynced(file: file, claims: failed) }
    guard !dryRun, let rewrite else { return }
    let text = try refreshedWorksheet(reading, generator: rewrite.generator)
    try writeWorksheet(text, to: rewrite.path, shown: file, force: true)
    report(.rewrote)
  }
}
