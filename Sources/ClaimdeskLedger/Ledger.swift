import Foundation
import ClaimdeskSupport

/// The claims ledger of one workspace: `claims/ledger.jsonl`, append-only and hash-chained.
/// Every change is an event appended under an exclusive lock; state is the fold of the events.
public struct Ledger: Sendable {
  let file: LedgerFile
  private var indexPath: String { file.directory + "/index" }
  /// The index this process last loaded or wrote: `mark` resolves, reads, appends and reads
  /// again, and each would otherwise load the whole index file.
  private let memo = IndexMemo()

  public init(claimsDirectory: String) {
    file = LedgerFile(claimsDirectory: claimsDirectory)
  }

  /// The state every event so far folds into (hashes are checked by `verify`, not here).
  public func state() throws -> LedgerState {
    try LedgerReader.fold(file.readCompleteBytes(), verify: false)
  }

  /// Every claim, most check-worthy first, folded one at a time through the index when the
  /// ledger allows it (see `ClaimListing`), else from the whole fold. Either way the claims are
  /// what `state()` holds, and a ledger `state()` rejects is rejected with the same error.
  public func listing() throws -> ClaimListing {
    var bytes: [UInt8] = []
    // Read before the index: an append in between makes the index longer, and the two are
    // read again; after a few tries the whole fold decides.
    for _ in 0..<3 {
      bytes = try file.readCompleteBytes()
      let index = try file.withExclusiveLock { try currentIndex() }
      guard index.ledgerLength == bytes.count else { continue }
      let shared = LedgerBytes(bytes)
      let file = self.file
      let indexPath = self.indexPath
      let memo = self.memo
      let listing = ClaimListing(bytes: shared, index: index) {
        do {
          releaseInBackground(try LedgerReader.fold(shared.bytes, verify: false, file: file.displayName))
        } catch let error as LedgerError {
          return error
        } catch {}
        // The whole fold passes where the index's claims did not: the index was stale.
        memo.index = nil
        unlink(indexPath)
        return .corruptLine(
          file: "claims/index", line: 0, reason: "the index did not match the ledger and was removed; run the command again")
      }
      if let listing { return listing }
      return ClaimListing(folded: try LedgerReader.fold(shared.bytes, verify: false, file: file.displayName))
    }
    return ClaimListing(folded: try LedgerReader.fold(bytes, verify: false, file: file.displayName))
  }

  /// Appends events under the workspace lock and keeps the index current.
  @discardableResult
  public func append(_ drafts: [EventDraft], actor: String, at: String) throws -> AppendResult {
    try append(actor: actor, at: at) { _ in drafts }
  }

  /// Appends the events `prepare` decides on, given the claims it names, all under the lock so
  /// that concurrent writers cannot both add the same thing.
  @discardableResult
  public func append(
    actor: String, at: String, prepare: (_ existing: (String) -> Bool) throws -> [EventDraft]
  ) throws -> AppendResult {
    try file.withExclusiveLock {
      var index = try currentIndex()
      let drafts = try prepare { id in index.offsets(of: id) != nil || index.documentOffsets[id] != nil }
      guard !drafts.isEmpty else { return AppendResult(events: [], movedTornTailTo: nil) }
      let outcome = try file.append(drafts, actor: actor, at: at)
      if outcome.movedTornTailTo != nil {
        index = try rebuiltIndex()
      } else {
        let bytes = try readRange(outcome.offsets[0]..<outcome.ledgerLength)
        index.add(bytes, base: outcome.offsets[0])
      }
      keep(index)
      return AppendResult(events: outcome.events, movedTornTailTo: outcome.movedTornTailTo)
    }
  }

  /// Resolves an id prefix to a full claim id.
  public func resolve(_ prefix: String) throws -> String {
    let key = try ClaimIDs.normalisedPrefix(prefix)
    let index = try file.withExclusiveLock { try currentIndex() }
    let matches = index.ids(withPrefix: key)
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw LedgerError.unknownClaim(prefix) }
    throw LedgerError.ambiguousClaim(prefix, candidates: matches.prefix(10).map { index.shortID($0) })
  }

  /// One claim's state from its own events, read through the index (no full fold).
  public func claim(_ id: String) throws -> (claim: ClaimState, shortID: String) {
    let index = try file.withExclusiveLock { try currentIndex() }
    guard let offsets = index.offsets(of: id) else { throw LedgerError.unknownClaim(id) }
    var state = LedgerState()
    var lines: [[UInt8]] = []
    if let document = try firstEvent(at: offsets[0]).document, let offset = index.documentOffsets[document] {
      lines.append(try readLine(at: offset))
    }
    for offset in offsets { lines.append(try readLine(at: offset)) }
    var repeated = EventLine.RepeatedStrings()
    for line in lines {
      do throws(LineProblem) {
        try line.withUnsafeBufferPointer { buffer throws(LineProblem) in
          try LedgerReader.read(
            0..<buffer.count, of: buffer, shared: nil, into: &state, checkHash: true, chained: false, repeated: &repeated)
        }
      } catch {
        throw LedgerError.corruptLine(file: file.displayName, line: 0, reason: "\(error.reason); run `claimdesk ledger verify`")
      }
    }
    guard let claim = state.claims[id] else { throw LedgerError.unknownClaim(id) }
    return (claim, index.shortID(id))
  }

  /// The shortest unique prefix of every claim id.
  public func shortIDs() throws -> [String: String] {
    let index = try file.withExclusiveLock { try currentIndex() }
    return ClaimIDs.shortest(index.claimIDs)
  }

  /// Recomputes every hash from the bytes, checks the chain, replays the fold, and compares the
  /// end of the chain with HEAD. Throws at the first problem.
  public func verify() throws -> VerifyReport {
    let bytes = try file.readCompleteBytes()
    let state = try LedgerReader.fold(bytes, verify: true)
    let head = try file.readHead()
    var notes: [String] = []
    if let head {
      if head.seq > state.lastSeq {
        throw LedgerError.truncated(file: file.displayName, headSeq: head.seq, ledgerSeq: state.lastSeq)
      }
      if head.seq == state.lastSeq, head.hash != state.lastHash {
        throw LedgerError.headMismatch(file: "claims/HEAD", reason: "HEAD records hash \(head.hash.prefix(12))... for event \(head.seq), but the ledger's event \(head.seq) has \(state.lastHash.prefix(12))...")
      }
      if head.seq < state.lastSeq {
        notes.append("claims/HEAD is \(state.lastSeq - head.seq) event(s) behind the ledger (a crash after an append); the next write brings it up to date")
      }
    } else if state.lastSeq > 0 {
      throw LedgerError.headMismatch(file: "claims/HEAD", reason: "claims/HEAD is missing, so a cut-off tail could not be detected; restore it from a backup")
    }
    let torn = file.tornTailLength()
    if torn > 0 {
      notes.append("the last line is unfinished (\(torn) bytes, a crash mid-write): readers ignore it and the next write moves it aside")
    }
    let report = VerifyReport(
      events: state.lastSeq, claims: state.claims.count, documents: state.documents.count, lastHash: state.lastHash,
      notes: notes)
    releaseInBackground(state)
    return report
  }

  // MARK: - Index upkeep (always under the lock)

  private func currentIndex() throws -> LedgerIndex {
    let size = fileSize(file.ledgerPath)
    if let cached = memo.index, cached.ledgerLength == size, try indexIsValid(cached) { return cached }
    if let data = try? LedgerFile.readAll(indexPath), let index = LedgerIndex(serialized: data),
      index.ledgerLength <= size, try indexIsValid(index)
    {
      memo.index = index
      memo.savedLength = index.ledgerLength
      if index.ledgerLength == size { return index }
      var updated = index
      let bytes = try readRange(index.ledgerLength..<size)
      let complete = bytes.lastIndex(of: 0x0A).map { bytes[...$0] } ?? []
      updated.add(Array(complete), base: index.ledgerLength)
      keep(updated)
      return updated
    }
    let index = try rebuiltIndex()
    saveIndex(index)
    return index
  }

  /// The index holds for this ledger if the event that ended it then is still there, unchanged.
  private func indexIsValid(_ index: LedgerIndex) throws -> Bool {
    if index.ledgerLength == 0 { return true }
    let probe = try readRange(max(0, index.ledgerLength - 67)..<index.ledgerLength)
    return probe.count == 67 && String(decoding: probe[0..<64], as: UTF8.self) == index.lastHash
      && probe[64...] == [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x0A][...]
  }

  private func rebuiltIndex() throws -> LedgerIndex {
    var index = LedgerIndex()
    let bytes = try file.readCompleteBytes()
    index.add(bytes, base: 0)
    return index
  }

  /// The index is derived: a failed write only costs a rebuild later.
  /// Keeps an index that has caught up with the ledger. The file is rewritten only once the
  /// ledger has grown by `unsavedLimit` past it: until then each process catches up by reading
  /// that tail, which costs less than writing the whole index after every `mark`.
  private func keep(_ index: LedgerIndex) {
    if index.ledgerLength - memo.savedLength > Self.unsavedLimit { saveIndex(index) } else { memo.index = index }
  }

  private static let unsavedLimit = 256 * 1024

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

  private func firstEvent(at offset: Int) throws -> LedgerEvent {
    let line = try readLine(at: offset)
    do {
      return try line.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer, checkHash: false) }
    } catch {
      throw LedgerError.corruptLine(file: file.displayName, line: 0, reason: "\(error.reason); run `claimdesk ledger verify`")
    }
  }

  private func readLine(at offset: Int) throws -> [UInt8] {
    var length = 4096
    while true {
      let bytes = try readRange(offset..<(offset + length))
      if let end = bytes.firstIndex(of: 0x0A) { return Array(bytes[..<end]) }
      guard bytes.count == length else {
        throw LedgerError.corruptLine(file: file.displayName, line: 0, reason: "the index points past the end of the ledger; delete claims/index")
      }
      length *= 4
    }
  }

  private func readRange(_ range: Range<Int>) throws -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: file.ledgerPath) else {
      throw LedgerError.io(path: file.ledgerPath, reason: "cannot open")
    }
    defer { try? handle.close() }
    do {
      try handle.seek(toOffset: UInt64(range.lowerBound))
      return [UInt8](try handle.read(upToCount: range.count) ?? Data())
    } catch {
      throw LedgerError.io(path: file.ledgerPath, reason: "\(error)")
    }
  }

  private func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }
}

/// What an append wrote.
public struct AppendResult: Sendable {
  public var events: [LedgerEvent]
  /// Where an unfinished final line (a crash mid-write) was moved before appending.
  public var movedTornTailTo: String?
}

/// What `verify` found on a ledger that passed.
public struct VerifyReport: Sendable, Equatable {
  public var events: Int
  public var claims: Int
  public var documents: Int
  public var lastHash: String
  /// Things worth knowing that are not errors (HEAD behind after a crash, an unfinished last line).
  public var notes: [String]
}

/// A process-local copy of the index, shared by copies of one `Ledger`. It is only ever used
/// after checking it against the ledger's current length and last hash.
final class IndexMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: LedgerIndex?
  private var saved = 0

  var index: LedgerIndex? {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }

  /// The ledger length the index file on disk was made for (0: none read or written yet).
  var savedLength: Int {
    get { lock.withLock { saved } }
    set { lock.withLock { saved = newValue } }
  }
}
