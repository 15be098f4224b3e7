// The index as rows a store keeps (`ClaimIndexTable`): the same flat arrays, so converting
// either way copies nothing.
extension LedgerIndex {
  init(rows: ClaimIndexRows) {
    self.init(
      ledgerLength: rows.coverage.length, lastHash: rows.coverage.lastHash, idBytes: rows.idBytes, starts: rows.starts,
      offsets: rows.offsets, scores: rows.scores, documentOffsets: rows.documents)
  }

  /// These claims and documents as rows that cover `coverage`, continuing `extending` (nil: a
  /// whole index).
  func rows(covering coverage: IndexCoverage, extending: IndexCoverage?) -> ClaimIndexRows {
    ClaimIndexRows(
      coverage: coverage, extends: extending, idBytes: idBytes, starts: starts, offsets: offsets, scores: scores,
      documents: documentOffsets)
  }
}
