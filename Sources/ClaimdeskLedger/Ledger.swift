import Foundation
import ClaimdeskSupport

/// The claims ledger of one workspace: hash-chained events kept by a `LedgerStore` (the file
/// `claims/ledger.jsonl` and its commit point `claims/HEAD`). Every change is a batch of events
/// appended under the store's lock; state is the fold of the committed events.
public struct Ledger: Sendable {
  let store: any LedgerStore
  /// Where the derived files live: the index (`index`) and the verified mark (`verified`).
  let directory: String
  var indexPath: String { directory + "/index" }
  /// The index this process last loaded or wrote: `mark` resolves, reads, appends and reads
  /// again, and each would otherwise load the whole index file.
  let memo = IndexMemo()
  /// How far this process has checked the lines (writers resume from it).
  let progress = VerifiedProgress()
  /// Warnings already given by this ledger (and its copies).
  let givenNotices = NoticeOnce()
  /// Where notes for people go (lines set aside, unverified reads): stderr unless the caller
  /// (the CLI) routes them.
  /// Each notice begins `note:` or `warning:`.
  public var notices: @Sendable (String) -> Void = { FileHandle.standardError.write(Data("claimdesk: \($0)\n".utf8)) }
  /// Read on when HEAD does not match its line, with a warning, rather than refuse (`list`,
  /// `export` and `report` with --allow-unverified). Lines are then read without their hashes.
  public var allowsUnverified = false

  public init(claimsDirectory: String) {
    self.init(store: FileLedgerStore(claimsDirectory: claimsDirectory), derivedFilesIn: claimsDirectory)
  }

  public init(store: some LedgerStore, derivedFilesIn directory: String) {
    self.store = store
    self.directory = directory
  }

  /// The state every committed event folds into, every hash checked unless a verify or a
  /// checking writer did since the last change (or unverified reads are allowed and HEAD failed
  /// its check).
  public func state() throws -> LedgerState {
    let (length, hashLines) = try committedLength()
    return try LedgerReader.fold(
      length: length, verify: hashLines, file: store.displayName, expectedClaims: expectedClaims(length: length),
      read: store.read)
  }

  /// Every claim, most check-worthy first, folded one at a time through the index when the
  /// ledger allows it (see `ClaimListing`), else from the whole fold. Either way the claims are
  /// what `state()` holds, hashes are checked as by `state()`, and a ledger `state()` rejects is
  /// rejected with the same error.
  public func listing() throws -> ClaimListing {
    var bytes: [UInt8] = []
    var hashLines = true
    // Read before the index: an append in between makes the index longer, and the two are
    // read again; after a few tries the whole fold decides.
    for _ in 0..<3 {
      let committed = try committedLength()
      hashLines = committed.hashLines
      bytes = try store.read(0..<committed.length)
      let index = try readerIndex(length: committed.length)
      guard index.ledgerLength == bytes.count else { continue }
      let shared = LedgerBytes(bytes)
      let store = self.store
      let indexPath = self.indexPath
      let memo = self.memo
      let table = store.claimIndexTable
      let checked = committed.hashLines
      let listing = ClaimListing(bytes: shared, index: index, checkHashes: checked) {
        do {
          releaseInBackground(try LedgerReader.fold(shared.bytes, verify: checked, file: store.displayName))
        } catch let error as LedgerError {
          return error
        } catch {}
        // The whole fold passes where the index's claims did not: the index was stale.
        memo.index = nil
        unlink(indexPath)
        try? table?.distrust()
        return .corruptLine(
          file: "claims/index", line: 0, reason: "the index did not match the ledger and was removed; run the command again")
      }
      if let listing { return listing }
      return ClaimListing(folded: try LedgerReader.fold(shared.bytes, verify: hashLines, file: store.displayName))
    }
    return ClaimListing(folded: try LedgerReader.fold(bytes, verify: hashLines, file: store.displayName))
  }

  /// Resolves an id prefix to a full claim id.
  public func resolve(_ prefix: String) throws -> String {
    let key = try ClaimIDs.normalisedPrefix(prefix)
    // One more than shown, so that the last shown has its neighbour for its short id.
    let index = try lookupIndex(prefix: key, limit: 11)
    let matches = index.ids(withPrefix: key)
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw LedgerError.unknownClaim(prefix) }
    throw LedgerError.ambiguousClaim(prefix, candidates: matches.prefix(10).map { index.shortID($0) })
  }

  /// One claim's state from its own events, read through the index (no full fold), the hash
  /// of every line it folds checked. A line the index gives that is not that claim's (or the
  /// claim's document's) makes the index untrusted and the claim read again once, through an
  /// index rebuilt from the events.
  public func claim(_ id: String) throws -> (claim: ClaimState, shortID: String) {
    if let found = try claimThroughIndex(id) { return found }
    distrustIndex()
    if let found = try claimThroughIndex(id) { return found }
    throw LedgerError.corruptLine(
      file: store.displayName, line: 0, reason: "the index does not match the ledger even when rebuilt; run `claimdesk ledger verify`")
  }

  /// Nil when the index gives lines that are not the claim's.
  private func claimThroughIndex(_ id: String) throws -> (claim: ClaimState, shortID: String)? {
    let index = try lookupIndex(prefix: id, limit: 1)
    guard let offsets = index.offsets(of: id), !offsets.isEmpty else { throw LedgerError.unknownClaim(id) }
    var state = LedgerState()
    var lines: [[UInt8]] = []
    for offset in offsets {
      let line = try readLine(at: offset, before: index.ledgerLength)
      guard line.withUnsafeBufferPointer({ LedgerIndex.topLevelClaimID($0) }) == Array(id.utf8) else { return nil }
      lines.append(line)
    }
    if let document = try firstEvent(in: lines[0]).document,
      let offset = try index.documentOffsets[document] ?? store.claimIndexTable?.documentOffset(of: document)
    {
      let line = try readLine(at: offset, before: index.ledgerLength)
      guard line.withUnsafeBufferPointer({ LedgerIndex.documentAdded($0) }) == document else { return nil }
      lines.insert(line, at: 0)
    }
    var repeated = EventLine.RepeatedStrings()
    for line in lines {
      do throws(LineProblem) {
        try line.withUnsafeBufferPointer { buffer throws(LineProblem) in
          try LedgerReader.read(
            0..<buffer.count, of: buffer, shared: nil, into: &state, checkHash: true, chained: false, repeated: &repeated)
        }
      } catch {
        throw LedgerError.corruptLine(file: store.displayName, line: 0, reason: "\(error.reason); run `claimdesk ledger verify`")
      }
    }
    guard let claim = state.claims[id] else { throw LedgerError.unknownClaim(id) }
    return (claim, index.shortID(id))
  }

  /// Drops the index this process and the store keep, so that the next use rebuilds it.
  private func distrustIndex() {
    memo.index = nil
    unlink(indexPath)
    try? store.claimIndexTable?.distrust()
  }

  /// The shortest unique prefix of every claim id.
  public func shortIDs() throws -> [String: String] {
    ClaimIDs.shortest(try readerIndex(length: committedLength().length).claimIDs)
  }

  /// How far readers may read: HEAD's length once HEAD matches its line; and whether the lines
  /// read must have their hashes checked (not when `claims/verified` vouches for all of them and
  /// the store is unchanged since). When HEAD fails its check, refuses, or with
  /// `allowsUnverified` warns and reads the complete lines stored up to HEAD's length (all of
  /// them without a HEAD), unhashed.
  func committedLength() throws -> (length: Int, hashLines: Bool) {
    let head: LedgerHead?
    do {
      head = try store.head()
    } catch let error as LedgerError where allowsUnverified {
      warnUnverified(error)
      return (try completeLength(upTo: store.storedLength()), false)
    }
    guard let problem = try CommitCheck.problem(head, in: store) else {
      // Lines a verify or a checking writer vouched for, unchanged since, need no hashing again.
      let token = try store.changeToken(forRecording: false)
      let vouched = head != nil && VerifiedMark.current(in: directory, token: token)?.head == head
      return (head?.length ?? 0, !vouched)
    }
    guard allowsUnverified else { throw problem }
    warnUnverified(problem)
    let stored = try store.storedLength()
    return (try completeLength(upTo: head.map { min($0.length, stored) } ?? stored), false)
  }

  private func warnUnverified(_ problem: LedgerError) {
    guard givenNotices.first(problem.description) else { return }
    notices("warning: reading an unverified ledger (--allow-unverified): \(problem.location.map { "\($0): " } ?? "")\(problem.description)")
  }

  /// `end`, or less, so that it falls just after a line's LF.
  private func completeLength(upTo end: Int) throws -> Int {
    var window = 65536
    while true {
      let start = max(0, end - window)
      let tail = try store.read(start..<end)
      if let last = tail.lastIndex(of: 0x0A) { return start + last + 1 }
      if start == 0 { return 0 }
      window *= 4
    }
  }

  private func firstEvent(in line: [UInt8]) throws -> LedgerEvent {
    do {
      return try line.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer, checkHash: false) }
    } catch {
      throw LedgerError.corruptLine(file: store.displayName, line: 0, reason: "\(error.reason); run `claimdesk ledger verify`")
    }
  }

  /// The line at `offset`, which must end before `end`.
  func readLine(at offset: Int, before end: Int) throws -> [UInt8] {
    var length = 4096
    while true {
      let bytes = try store.read(offset..<min(offset + length, end))
      if let newline = bytes.firstIndex(of: 0x0A) { return Array(bytes[..<newline]) }
      guard bytes.count == length else {
        throw LedgerError.corruptLine(file: store.displayName, line: 0, reason: "the index points past the end of the ledger; delete claims/index")
      }
      length *= 4
    }
  }
}
