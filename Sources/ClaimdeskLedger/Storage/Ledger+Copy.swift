import Foundation

// `ledger push` and `ledger pull`: a whole ledger from one store into another, as it is.
extension Ledger {
  /// Copies every committed line, byte for byte, into `target`, which must hold no events yet,
  /// and commits them there with this ledger's HEAD, all in one batch (all or nothing). This
  /// ledger is verified first; the target is left for the caller to verify. Returns the head.
  @discardableResult
  public func copy(to target: some LedgerStore) throws -> LedgerHead {
    let head = try store.head() ?? .genesis
    let report = try verify()
    guard report.events >= head.seq else {
      throw LedgerError.truncated(file: store.displayName, headSeq: head.seq, ledgerSeq: report.events)
    }
    // The target's own index table (a database's), if it keeps one, gets this ledger's index:
    // the first command there need not build it from every line.
    var index: LedgerIndex?
    if target.claimIndexTable != nil { index = try store.withWriteLock { try currentIndex(length: head.length) } }
    return try target.withWriteLock {
      let existing = try target.head()
      let stored = try target.storedLength()
      guard (existing?.seq ?? 0) == 0, stored == 0 else {
        throw LedgerError.refused(
          "\(target.displayName) already holds a ledger (\(existing?.seq ?? 0) events, \(stored) bytes); copy only into an empty one")
      }
      var lines: [[UInt8]] = []
      var pending = 0
      var written = 0
      try store.stream(0..<head.length) { piece, _ in
        var start = 0
        for i in 0..<piece.count where piece[i] == 0x0A {
          lines.append(Array(piece[start..<i]))
          pending += i - start + 1
          start = i + 1
        }
        guard start == piece.count else {
          throw LedgerError.corruptLine(file: store.displayName, line: 0, reason: "a committed line does not end with LF")
        }
        if pending >= 4 << 20 {
          try target.write(lines, at: written)
          written += pending
          lines.removeAll(keepingCapacity: true)
          pending = 0
        }
      }
      try target.write(lines, at: written)
      written += pending
      guard written == head.length else {
        throw LedgerError.truncated(file: store.displayName, headSeq: head.seq, ledgerSeq: 0)
      }
      try target.commit(head)
      if let table = target.claimIndexTable, let index, index.ledgerLength == head.length {
        try table.store(index.rows(covering: IndexCoverage(head), extending: nil))
      }
      return head
    }
  }

  /// Copies this ledger into `directory` as `ledger.jsonl` and `HEAD` (a file workspace's
  /// `claims/`), creating the folder; refuses when a ledger is there already.
  @discardableResult
  public func copy(toClaimsDirectory directory: String) throws -> LedgerHead {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw LedgerError.io(path: directory, reason: "cannot create the folder: \(error.localizedDescription)")
    }
    return try copy(to: FileLedgerStore(claimsDirectory: directory))
  }
}

extension Ledger {
  /// How diagnostics name where the events are (`claims/ledger.jsonl`, or a database URL).
  public var storeName: String { store.displayName }
}

extension Ledger {
  /// Bytes stored, committed or not (the file's size; a database's rows): a cheap check of
  /// whether anyone appended since it was last read. -1 when the store cannot be read.
  public func storedLength() -> Int {
    (try? store.storedLength()) ?? -1
  }
}
