import ClaimdeskLedger

// How the workbench's ledger reports and what it will read.
extension Workbench {
  /// This workbench with the ledger's notes and warnings (lines set aside, unverified reads)
  /// sent to `sink` rather than the process's stderr.
  public func reportingLedgerNotices(_ sink: @escaping @Sendable (String) -> Void) -> Workbench {
    var copy = self
    copy.ledger.notices = sink
    return copy
  }

  /// This workbench reading on, with a warning (once), when HEAD does not match its line
  /// (`--allow-unverified`): for looking at a damaged ledger, never for writing to it.
  public func allowingUnverifiedReads(_ allowed: Bool = true) -> Workbench {
    var copy = self
    copy.ledger.allowsUnverified = allowed
    return copy
  }
}
