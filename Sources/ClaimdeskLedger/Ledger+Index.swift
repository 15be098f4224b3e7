import Foundation

// Index upkeep, always under the store's lock and only over committed lines.
extension Ledger {
  /// The whole index of the committed lines for a reader: the store's table when it keeps one
  /// (taking the write lock only to bring it up to date), else `claims/index` under the lock.
  func readerIndex(length: Int) throws -> LedgerIndex {
    guard let table = store.claimIndexTable else { return try store.withWriteLock { try currentIndex(length: length) } }
    return try tableIndex(table)
  }

  /// The index entries a lookup of ids starting with `prefix` needs: from the store's table
  /// only the matching rows and their neighbours (no whole index loaded for one claim), else
  /// the whole file index.
  func lookupIndex(prefix: String, limit: Int) throws -> LedgerIndex {
    guard let table = store.claimIndexTable else {
      let length = try committedLength().length
      return try store.withWriteLock { try currentIndex(length: length) }
    }
    for _ in 0..<3 {
      let expected = try coverage(at: committedLength().length)
      if let rows = try table.rows(withPrefix: prefix, limit: limit) {
        if rows.coverage == expected { return LedgerIndex(rows: rows) }
        // A writer committed since HEAD was read: read HEAD again.
        if rows.coverage.length > expected.length { continue }
      }
      try store.withWriteLock { try bringUpToDate(table) }
    }
    return try tableIndex(table)
  }

  /// The table's whole index, once it covers exactly the committed lines; built here from the
  /// events (and not kept) when it cannot be made to (HEAD unverified and read anyway, or
  /// writers moving it on every time).
  private func tableIndex(_ table: any ClaimIndexTable) throws -> LedgerIndex {
    var length = 0
    for _ in 0..<3 {
      length = try committedLength().length
      let expected = try coverage(at: length)
      if let copy = localCopy(covering: expected) { return copy }
      if let rows = try table.allRows() {
        if rows.coverage == expected {
          let index = LedgerIndex(rows: rows)
          saveIndex(index)
          return index
        }
        if rows.coverage.length > expected.length { continue }
      }
      try store.withWriteLock { try bringUpToDate(table) }
    }
    var index = LedgerIndex()
    index.add(try store.read(0..<length), base: 0)
    return index
  }

  /// This machine's copy of the table's whole index (`claims/index`, written when the table was
  /// last read whole), when it covers exactly these lines: trusted as far as the table's rows
  /// are (both by what they cover: length and the last line's hash), and read in milliseconds
  /// where the table's whole index takes 0.3 s of the server on 100k claims.
  private func localCopy(covering expected: IndexCoverage) -> LedgerIndex? {
    guard let data = try? FileLedgerStore.readAll(indexPath), let index = LedgerIndex(serialized: data),
      index.ledgerLength == expected.length, index.lastHash == expected.lastHash
    else { return nil }
    return index
  }

  /// Whether the lines an index covered are still there: the line that ended them then ends
  /// there now, with the same hash.
  private func stillHolds(_ coverage: IndexCoverage) throws -> Bool {
    if coverage.length == 0 { return coverage.lastHash == EventLine.genesis }
    return try lastHash(endingAt: coverage.length) == coverage.lastHash
  }

  /// What an index of the first `length` bytes of committed lines covers.
  func coverage(at length: Int) throws -> IndexCoverage {
    if length == 0 { return IndexCoverage(.genesis) }
    if let head = try store.head(), head.length == length { return IndexCoverage(head) }
    return IndexCoverage(length: length, lastHash: try lastHash(endingAt: length) ?? "")
  }

  /// The hash the line ending at `end` records, if a line ends there.
  private func lastHash(endingAt end: Int) throws -> String? {
    guard let line = try store.line(endingAt: end), line.count > 75 else { return nil }
    return String(decoding: line[(line.count - 66)..<(line.count - 2)], as: UTF8.self)
  }

  /// Under the write lock: makes the store's table cover exactly the committed lines (HEAD,
  /// checked against its line), by adding the lines after what it covers when that still
  /// holds (its last line is there, unchanged), else by rebuilding it from every line.
  func bringUpToDate(_ table: any ClaimIndexTable) throws {
    let head = try store.head()
    if let problem = try CommitCheck.problem(head, in: store) { throw problem }
    try bringUpToDate(table, head: head ?? .genesis)
  }

  func bringUpToDate(_ table: any ClaimIndexTable, head: LedgerHead) throws {
    let target = IndexCoverage(head)
    let kept = try table.coverage()
    if kept == target { return }
    if let kept, kept.length < head.length, try stillHolds(kept) {
      var later = LedgerIndex()
      later.add(try store.read(kept.length..<head.length), base: kept.length)
      try table.store(later.rows(covering: target, extending: kept))
      return
    }
    var index = LedgerIndex()
    index.add(try store.read(0..<head.length), base: 0)
    try table.store(index.rows(covering: target, extending: nil))
  }

  /// The index of the first `length` bytes of committed lines.
  func currentIndex(length: Int) throws -> LedgerIndex {
    if let cached = memo.index, cached.ledgerLength == length, try indexIsValid(cached) { return cached }
    // Others appended since: this process's copy catches up with their lines, without
    // reloading the index file.
    if let cached = memo.index, cached.ledgerLength < length, try indexIsValid(cached) {
      var updated = cached
      updated.add(try store.read(cached.ledgerLength..<length), base: cached.ledgerLength)
      keep(updated)
      return updated
    }
    if let data = try? FileLedgerStore.readAll(indexPath), let index = LedgerIndex(serialized: data),
      index.ledgerLength <= length, try indexIsValid(index)
    {
      memo.index = index
      memo.savedLength = index.ledgerLength
      if index.ledgerLength == length { return index }
      var updated = index
      updated.add(try store.read(index.ledgerLength..<length), base: index.ledgerLength)
      keep(updated)
      return updated
    }
    var index = LedgerIndex()
    index.add(try store.read(0..<length), base: 0)
    saveIndex(index)
    return index
  }

  /// The index holds for this ledger if the event that ended it then is still there, unchanged.
  private func indexIsValid(_ index: LedgerIndex) throws -> Bool {
    if index.ledgerLength == 0 { return true }
    let probe = try store.read(max(0, index.ledgerLength - 67)..<index.ledgerLength)
    return probe.count == 67 && String(decoding: probe[0..<64], as: UTF8.self) == index.lastHash
      && probe[64...] == [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x0A][...]
  }

  /// Keeps an index that has caught up with the ledger. The file is rewritten only once the
  /// ledger has grown by `unsavedLimit` past it: until then each process catches up by reading
  /// that tail, which costs less than writing the whole index after every `mark`.
  func keep(_ index: LedgerIndex) {
    if index.ledgerLength - memo.savedLength > 256 * 1024 { saveIndex(index) } else { memo.index = index }
  }

  /// The index is derived: a failed or torn write only costs a rebuild later (its checksum
  /// catches it), so it is written without fsync, which would cost more than the rest of `mark`.
  private func saveIndex(_ index: LedgerIndex) {
    memo.index = index
    memo.savedLength = index.ledgerLength
    let temporary = indexPath + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    let bytes = index.serialized()
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { break }
      written += n
    }
    close(fd)
    if written == bytes.count { _ = rename(temporary, indexPath) } else { unlink(temporary) }
  }
}
