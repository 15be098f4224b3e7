import ClaimdeskPostgres

extension Workspace {
  /// Where imported fact-check files are kept for every machine: the ledger's database on a
  /// database workspace (each machine's `claims/factchecks/` is then a copy it can rebuild);
  /// nil on a file workspace, whose `claims/factchecks/` is the only copy.
  func factCheckDatabase() -> PostgresFactCheckFiles? {
    guard let text = (try? WorkspaceConfig.load(from: self))?["ledger"], let url = try? LedgerDatabaseURL(text) else { return nil }
    return PostgresFactCheckFiles(url: url)
  }
}
