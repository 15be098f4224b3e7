extension Ledger {
  /// The commit point as the store holds it now (HEAD's few bytes in a file, one row in a
  /// database), unchecked: what a watcher reads about once a second to see the ledger grow.
  /// Nil before the first commit.
  public func committedHead() throws -> LedgerHead? { try store.head() }
}
