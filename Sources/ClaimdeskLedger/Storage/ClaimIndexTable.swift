/// A claim index a store keeps itself, beside the events (a database's tables), instead of the
/// `claims/index` file of each workspace: one index for every machine, which people can also
/// query. It is derived from the events and never trusted beyond what it says it covers; the
/// ledger checks that against the events and brings it up to date (the lines after it) or
/// rebuilds it. The methods that change it are called only under the store's write lock; a
/// batch's own rows go with its commit (`LedgerStore.commit(_:indexing:)`).
public protocol ClaimIndexTable: Sendable {
  /// What the kept rows cover; nil when nothing trusted is kept (never built, emptied, changed
  /// by hand, or the events were rewritten since).
  func coverage() throws -> IndexCoverage?
  /// The claims whose ids start with `prefix` (at most `limit`, in id order) and the ids just
  /// before and after them (scoreless, without offsets: for the shortest unique prefixes),
  /// with the coverage read at the same moment; documents are left out.
  func rows(withPrefix prefix: String, limit: Int) throws -> ClaimIndexRows?
  /// The offset of a document's `document.added`, if kept.
  func documentOffset(of id: String) throws -> Int?
  /// Whether a claim or document id is kept (a writer's check for duplicates, under the lock).
  func contains(_ id: String) throws -> Bool
  /// Every row, with the coverage read at the same moment; nil when nothing trusted is kept.
  func allRows() throws -> ClaimIndexRows?
  /// Stores `rows`: a whole index replaces what was kept; rows that extend a coverage are added
  /// only if that is still what is kept (else nothing changes).
  func store(_ rows: ClaimIndexRows) throws
  /// Marks what is kept as untrusted (a reader found it wrong): the next use rebuilds it.
  func distrust() throws
}
