import Foundation

// Index upkeep, always under the store's lock and only over committed lines.
extension Ledger {
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
