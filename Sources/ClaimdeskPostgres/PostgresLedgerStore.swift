import Foundation
import ClaimdeskLedger
import PostgresNIO

/// The ledger in a PostgreSQL database (`LedgerSchema`): the same lines, byte for byte, as
/// `claims/ledger.jsonl` would hold, one row per event, and HEAD as one row.
///
/// Readers read committed rows by byte-offset range on their own connection, without locks
/// (each statement sees committed rows only, and never reads past the HEAD it was given).
/// Writers hold a session advisory lock (`LedgerSchema.writeLockKey`) on a second connection for
/// the whole of a command's write, and inside it write a batch as one transaction that also
/// locks the head row (`FOR UPDATE`) and moves it only from the seq it started at: a batch is
/// committed whole by the transaction's COMMIT or not at all. Connections open on first use.
public final class PostgresLedgerStore: LedgerStore, @unchecked Sendable {
  public let url: LedgerDatabaseURL
  public var displayName: String { url.description }
  /// Bytes of lines one read statement returns at most (joined in the server).
  let chunkBytes: Int

  /// Guards `reader` and `ledgerID`.
  private let readerLock = NSLock()
  private var reader: BlockingConnection?
  private var ledgerID: String?
  /// Guards `ahead`, the second reader connection (see `stream`).
  private let aheadLock = NSLock()
  private var ahead: BlockingConnection?
  /// Held for the whole of `withWriteLock`, so that two threads of one process (which share
  /// the writer's session, where an advisory lock is re-entrant) still take turns. Guards the rest.
  private let writeMutex = NSLock()
  private var writer: BlockingConnection?
  private var batch: Batch?
  /// A batch's only piece so far, not yet sent: when `commit` follows, the piece and the head
  /// go in one statement (one round trip, no BEGIN/COMMIT); a second piece opens a transaction.
  private var pending: (lines: [[UInt8]], offset: Int)?

  /// Guards `locked`.
  private let lockedLock = NSLock()
  /// What the writer read in the statement that took the advisory lock (`claimdesk_lock`):
  /// HEAD, the stored length, both change counts and the lines since the head this writer last
  /// saw. No other writer can move them while the lock is held, so `head()`, `storedLength()`,
  /// the tokens and reads of those lines answer from here instead of asking each time; nil
  /// outside `withWriteLock`, and a value is dropped (or moved on) whenever this writer changes it.
  private var locked: Locked?

  private struct Locked {
    var head: LedgerHead?
    var stored: Int?
    var count: Int?
    var rewrites: Int?
    /// Committed lines (with their LFs) from the one starting at `offset`, up to HEAD.
    var tail: (offset: Int, bytes: [UInt8])?
    /// What the claim index tables cover (nil: nothing trusted), when read with the lock.
    var index: IndexCoverage?
    var knowsIndex = false

    /// The bytes of `range` when the tail holds all of them.
    func cached(_ range: Range<Int>) -> ArraySlice<UInt8>? {
      guard let tail, range.lowerBound >= tail.offset, range.upperBound <= tail.offset + tail.bytes.count else { return nil }
      return tail.bytes[(range.lowerBound - tail.offset)..<(range.upperBound - tail.offset)]
    }
  }

  /// The seq of the last head this writer read or committed (guarded by `writeMutex`): the
  /// lock statement returns the lines from that event on, which are what this process's index
  /// and checks have not seen yet.
  private var knownSeq = 0

  /// The open transaction of a batch: where it started and how far it has written.
  private struct Batch {
    var startSeq: Int
    var seq: Int
    var length: Int
  }

  public init(url: LedgerDatabaseURL, chunkBytes: Int = 8 << 20) {
    self.url = url
    self.chunkBytes = chunkBytes
  }

  /// Connects to an existing ledger and checks its schema; throws the one-line error otherwise.
  public static func open(_ url: LedgerDatabaseURL) throws -> PostgresLedgerStore {
    let store = PostgresLedgerStore(url: url)
    _ = try store.head()
    return store
  }

  /// Connects to `url` and creates the ledger's tables unless they exist (empty); for `push`.
  public static func create(_ url: LedgerDatabaseURL) throws -> PostgresLedgerStore {
    let connection = try BlockingConnection.open(url)
    defer { connection.close() }
    try connection.query("SELECT pg_advisory_lock(\(LedgerSchema.writeLockKey))")
    defer { _ = try? connection.query("SELECT pg_advisory_unlock(\(LedgerSchema.writeLockKey))") }
    try LedgerSchema.create(connection)
    return try open(url)
  }

  public func close() {
    readerLock.withLock {
      reader?.close()
      reader = nil
    }
    aheadLock.withLock {
      ahead?.close()
      ahead = nil
    }
    writeMutex.withLock {
      writer?.close()
      writer = nil
    }
  }

  // MARK: reading

  /// Runs `body` on the reader connection, opened (and the schema checked) when needed. A
  /// connection the server closed is replaced once, so a restarted server is picked up again.
  func reading<T>(_ body: (BlockingConnection) throws -> T) throws -> T {
    try readerLock.withLock { try Self.using(&reader, open: openChecked, body) }
  }

  /// As `reading`, on the second reader connection (`stream`'s read-ahead), opened on first use.
  private func readingAhead<T>(_ body: (BlockingConnection) throws -> T) throws -> T {
    try aheadLock.withLock { try Self.using(&ahead, open: { try BlockingConnection.open(url) }, body) }
  }

  /// `body` on the connection in `slot`, opened when there is none or the server closed it;
  /// one found closed after a failure is dropped, for the next call to replace.
  private static func using<T>(
    _ slot: inout BlockingConnection?, open: () throws -> BlockingConnection, _ body: (BlockingConnection) throws -> T
  ) throws -> T {
    if let connection = slot, connection.isClosed { slot = nil }
    let connection = try slot ?? open()
    slot = connection
    do {
      return try body(connection)
    } catch let error as PostgresLedgerError {
      if connection.isClosed { slot = nil }
      throw error
    }
  }

  private func openChecked() throws -> BlockingConnection {
    let connection = try BlockingConnection.open(url)
    do {
      ledgerID = try LedgerSchema.check(connection)
    } catch {
      connection.close()
      throw error
    }
    return connection
  }

  public func head() throws -> LedgerHead? {
    if let locked = lockedLock.withLock({ locked }), let head = locked.head { return head }
    return try reading { connection in
      let rows = try connection.query("SELECT seq, hash, length FROM claimdesk_head WHERE id = 1")
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      return LedgerHead(seq: try row[0].decode(Int.self), hash: try row[1].decode(String.self), length: try row[2].decode(Int.self))
    }
  }

  public func storedLength() throws -> Int {
    if let stored = lockedLock.withLock({ locked?.stored }) { return stored }
    return try reading { connection in
      let rows = try connection.query(
        "SELECT byte_offset + octet_length(line) + 1 FROM claimdesk_events ORDER BY byte_offset DESC LIMIT 1")
      return try rows.first?.makeRandomAccess()[0].decode(Int.self) ?? 0
    }
  }

  public func read(_ range: Range<Int>) throws -> [UInt8] {
    if let cached = lockedLock.withLock({ locked?.cached(range) }) { return Array(cached) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    try stream(range) { piece, _ in bytes.append(contentsOf: piece) }
    return bytes
  }

  /// Each piece is one statement's worth: the lines from the one holding the piece's first byte
  /// up to about `chunkBytes` further, joined with their LFs in the server (one value to decode
  /// rather than a row per event). A range longer than that is read two statements at a time,
  /// the second on a second connection (`ahead`), so that the server joins two pieces at once
  /// on two backends: joining is most of a read's time (`list`, `verify` on a large ledger).
  public func stream(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
    if !range.isEmpty, let cached = lockedLock.withLock({ locked?.cached(range) }) {
      try cached.withUnsafeBufferPointer { try body($0, range.lowerBound) }
      return
    }
    var position = range.lowerBound
    while position < range.upperBound {
      let end = min(range.upperBound, position + chunkBytes)
      let next = min(range.upperBound, end + chunkBytes)
      var chunk: Piece?
      var following: Piece?
      if end < range.upperBound {
        // The following piece: the lines starting in [end, next), used only if it begins
        // exactly where this one ends (it does unless a single line is longer than a piece).
        let results = PieceResults()
        let from = position
        DispatchQueue.concurrentPerform(iterations: 2) { slot in
          results.set(slot) {
            slot == 0
              ? try self.reading { try Self.piece(holding: from, before: end, on: $0) }
              : try self.readingAhead { try Self.piece(from: end, before: next, on: $0) }
          }
        }
        (chunk, following) = try results.both()
      } else {
        chunk = try reading { try Self.piece(holding: position, before: end, on: $0) }
      }
      let start = position
      for piece in [chunk, following] {
        guard let piece else { break }
        guard piece.start <= position, position < range.upperBound else { break }
        let skip = position - piece.start
        let take = min(piece.bytes.readableBytes, range.upperBound - piece.start) - skip
        guard take > 0 else { break }
        try piece.bytes.readableBytesView.withUnsafeBytes { raw in
          let all = raw.bindMemory(to: UInt8.self)
          try body(UnsafeBufferPointer(rebasing: all[skip..<(skip + take)]), position)
        }
        position += take
      }
      // Nothing more to read: the range runs past the stored lines.
      if position == start { return }
    }
  }

  /// Lines joined with their LFs, and where the first of them starts.
  private struct Piece: Sendable {
    var start: Int
    var bytes: ByteBuffer
  }

  /// What the two statements of `stream` read at once returned, or how they failed.
  private final class PieceResults: @unchecked Sendable {
    private let lock = NSLock()
    private var pieces: [Piece?] = [nil, nil]
    private var failures: [Error?] = [nil, nil]

    func set(_ slot: Int, _ read: () throws -> Piece?) {
      do {
        let piece = try read()
        lock.withLock { pieces[slot] = piece }
      } catch {
        lock.withLock { failures[slot] = error }
      }
    }

    func both() throws -> (Piece?, Piece?) {
      try lock.withLock {
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return (pieces[0], pieces[1])
      }
    }
  }

  /// The lines from the one holding byte `position` to the last starting before `end`.
  private static func piece(holding position: Int, before end: Int, on connection: BlockingConnection) throws -> Piece? {
    try joined(
      from: "coalesce((SELECT byte_offset FROM claimdesk_events WHERE byte_offset <= \(position) ORDER BY byte_offset DESC LIMIT 1), 0)",
      before: end, on: connection)
  }

  /// The lines starting in [start, end).
  private static func piece(from start: Int, before end: Int, on connection: BlockingConnection) throws -> Piece? {
    try joined(from: String(start), before: end, on: connection)
  }

  /// `lower` is SQL for the first line's offset, made here from integers only.
  private static func joined(from lower: String, before end: Int, on connection: BlockingConnection) throws -> Piece? {
    let rows = try connection.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT min(byte_offset), string_agg(line || '\\x0a'::bytea, ''::bytea ORDER BY byte_offset)
          FROM claimdesk_events
          WHERE byte_offset >= \(lower) AND byte_offset < \(end)
          """))
    guard let row = rows.first?.makeRandomAccess(), let start = try row[0].decode(Int?.self),
      let bytes = try row[1].decode(ByteBuffer?.self)
    else { return nil }
    return Piece(start: start, bytes: bytes)
  }

  public func changeToken(forRecording: Bool) throws -> String? {
    if let count = lockedLock.withLock({ locked?.count }), let ledgerID = readerLock.withLock({ ledgerID }) {
      return "postgres:\(ledgerID):\(count)"
    }
    return try reading { connection in
      let rows = try connection.query("SELECT count FROM claimdesk_changes WHERE id = 1")
      let count = try rows.first?.makeRandomAccess()[0].decode(Int.self) ?? -1
      return "postgres:\(ledgerID ?? "?"):\(count)"
    }
  }

  /// Counts only the statements that changed stored rows other than by adding rows after the
  /// last (the `rewrites` trigger of schema version 2).
  public func rewriteToken() throws -> String? {
    if let rewrites = lockedLock.withLock({ locked?.rewrites }), let ledgerID = readerLock.withLock({ ledgerID }) {
      return "postgres:\(ledgerID):r\(rewrites)"
    }
    return try reading { connection in
      let rows = try connection.query("SELECT rewrites FROM claimdesk_changes WHERE id = 1")
      let rewrites = try rows.first?.makeRandomAccess()[0].decode(Int.self) ?? -1
      return "postgres:\(ledgerID ?? "?"):r\(rewrites)"
    }
  }

  public func line(endingAt end: Int) throws -> [UInt8]? {
    if let tail = lockedLock.withLock({ locked?.tail }), end > tail.offset, end <= tail.offset + tail.bytes.count {
      let bytes = tail.bytes[..<(end - tail.offset)]
      if bytes.last == 0x0A {
        let body = bytes.dropLast()
        if let previous = body.lastIndex(of: 0x0A) { return Array(body[(previous + 1)...]) }
        // The tail starts at a line's start, so the first line is whole.
        return Array(body)
      }
      return nil
    }
    return try scanLine(endingAt: end)
  }

  // MARK: writing

  public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
    writeMutex.lock()
    defer { writeMutex.unlock() }
    if let writer, writer.isClosed { self.writer = nil }
    // The reader's connection checks the schema (and upgrades a version-1 one) before the
    // writer calls the lock function it provides.
    try reading { _ in }
    let connection = try writer ?? openWriter()
    writer = connection
    do {
      try lockAndRead(on: connection)
    } catch {
      // A session's advisory lock outlives a failed statement: closing the session frees it.
      forgetLocked()
      dropWriter()
      throw error
    }
    defer {
      forgetLocked()
      pending = nil
      if batch != nil {
        // The body failed (or never committed): nothing of the batch may remain.
        batch = nil
        if (try? connection.run("ROLLBACK")) == nil { dropWriter() }
      }
      // Not waited for: the server frees the lock when it reads this, and a later query on
      // this connection queues behind it. A lost connection frees the lock anyway.
      writer?.send("SELECT pg_advisory_unlock(\(LedgerSchema.writeLockKey))")
    }
    return try body()
  }

  /// Takes the advisory lock and reads HEAD, the stored length, both counts and the lines since
  /// `knownSeq`, in one round trip (`claimdesk_lock`).
  private func lockAndRead(on connection: BlockingConnection) throws {
    let rows = try connection.query("SELECT * FROM claimdesk_lock(\(knownSeq))")
    guard let row = rows.first?.makeRandomAccess() else { return }  // No head row: left to `head()` and its checks.
    let head = LedgerHead(seq: try row[0].decode(Int.self), hash: try row[1].decode(String.self), length: try row[2].decode(Int.self))
    var snapshot = Locked(
      head: head, stored: try row[3].decode(Int.self), count: try row[4].decode(Int.self), rewrites: try row[5].decode(Int.self))
    if let offset = try row[6].decode(Int?.self), var bytes = try row[7].decode(ByteBuffer?.self),
      let all = bytes.readBytes(length: bytes.readableBytes), offset + all.count == head.length
    {
      snapshot.tail = (offset, all)
    }
    if let length = try row[8].decode(Int?.self), let hash = try row[9].decode(String?.self) {
      snapshot.index = IndexCoverage(length: length, lastHash: hash)
    }
    snapshot.knowsIndex = true
    knownSeq = head.seq
    lockedLock.withLock { locked = snapshot }
  }

  /// A writer's connection: its statements on the claim index tables are a writer's, which
  /// the tables' trigger does not take for changes by hand.
  private func openWriter() throws -> BlockingConnection {
    let connection = try BlockingConnection.open(url)
    do {
      try connection.run("SET \(ClaimIndexSchema.writerSetting) = 'on'")
    } catch {
      connection.close()
      throw error
    }
    return connection
  }

  /// What the claim index covers, as read with the lock; nil when not known (outside the lock,
  /// or since this writer changed it).
  func lockedIndexCoverage() -> IndexCoverage?? {
    lockedLock.withLock { locked.flatMap { $0.knowsIndex ? .some($0.index) : nil } }
  }

  /// After this writer changed the index tables: their coverage is to be read again.
  func forgetIndexCoverage() {
    lockedLock.withLock {
      locked?.knowsIndex = false
      locked?.index = nil
    }
  }

  private func forgetLocked() {
    lockedLock.withLock { locked = nil }
  }

  private func dropWriter() {
    writer?.close()
    writer = nil
  }

  /// The writer's connection; only valid inside `withWriteLock`.
  func writing() throws -> BlockingConnection {
    guard let writer else { throw PostgresLedgerError.server(url: url.description, reason: "a write outside the write lock") }
    return writer
  }

  /// Opens the batch's transaction and locks the head row, which must be where the batch starts.
  private func beginBatch(at offset: Int) throws {
    let connection = try writing()
    try connection.run("BEGIN")
    batch = Batch(startSeq: 0, seq: 0, length: 0)
    let rows = try connection.query("SELECT seq, length FROM claimdesk_head WHERE id = 1 FOR UPDATE")
    guard let row = rows.first?.makeRandomAccess() else {
      throw PostgresLedgerError.notALedger(url: url.description, reason: "its claimdesk_head row is missing")
    }
    let seq = try row[0].decode(Int.self)
    let length = try row[1].decode(Int.self)
    guard length == offset else {
      throw PostgresLedgerError.server(
        url: url.description, reason: "the head moved to event \(seq) while this writer held the lock; nothing was written, try again")
    }
    batch = Batch(startSeq: seq, seq: seq, length: length)
  }

  public func setAsideUncommitted(beyond head: LedgerHead) throws -> String? {
    // Rows past HEAD cannot come from a writer (a batch and its HEAD commit together); only a
    // hand-made INSERT leaves them. Moved to their own table, whole, in one statement.
    guard try storedLength() > head.length else { return nil }
    forgetLocked()
    knownSeq = 0
    try writing().query(
      """
      WITH moved AS (DELETE FROM claimdesk_events WHERE byte_offset >= \(head.length) RETURNING seq, byte_offset, hash, line)
      INSERT INTO claimdesk_set_aside (seq, byte_offset, hash, line) SELECT * FROM moved
      """)
    return "table claimdesk_set_aside"
  }

  public func write(_ lines: [[UInt8]], at offset: Int) throws {
    guard !lines.isEmpty else { return }
    if batch == nil, pending == nil {
      pending = (lines, offset)
      return
    }
    if let first = pending {
      pending = nil
      try insert(first.lines, at: first.offset)
    }
    try insert(lines, at: offset)
  }

  /// Sends `lines` inside the batch's transaction (opened here when needed).
  private func insert(_ lines: [[UInt8]], at offset: Int) throws {
    if batch == nil { try beginBatch(at: offset) }
    guard var current = batch, current.length == offset else {
      throw PostgresLedgerError.server(url: url.description, reason: "a piece of a batch was written out of order")
    }
    let rows = Rows(lines, seq: current.seq, offset: current.length)
    movedOn(statements: 1)
    try writing().query(
      """
      INSERT INTO claimdesk_events (seq, byte_offset, hash, line)
      SELECT * FROM unnest(\(rows.seqs)::bigint[], \(rows.offsets)::bigint[], \(rows.hashes)::text[], \(rows.lines)::bytea[])
      """)
    current.seq = rows.endSeq
    current.length = rows.endOffset
    batch = current
  }

  /// The columns of lines that follow event `seq`, which ends at `offset`.
  private struct Rows {
    var seqs: [Int] = []
    var offsets: [Int] = []
    var hashes: [String] = []
    var lines: [ByteBuffer] = []
    var endSeq: Int
    var endOffset: Int

    init(_ lines: [[UInt8]], seq: Int, offset: Int) {
      endSeq = seq
      endOffset = offset
      for line in lines {
        endSeq += 1
        seqs.append(endSeq)
        offsets.append(endOffset)
        hashes.append(PostgresLedgerStore.hash(of: line))
        self.lines.append(ByteBuffer(bytes: line))
        endOffset += line.count + 1
      }
    }
  }

  /// The hash a canonical line ends with (`,"hash":"H"}`); empty when it ends otherwise
  /// (verify reports such a line, by the same rules as in a file).
  static func hash(of line: [UInt8]) -> String {
    guard line.count >= 76, line.last == UInt8(ascii: "}") else { return "" }
    return String(decoding: line[(line.count - 66)..<(line.count - 2)], as: UTF8.self)
  }

  /// After this writer's own statements on the events (each counted once by the trigger),
  /// while it holds the lock: HEAD, the length and the tail are to be asked for again; the
  /// count moves on by as many statements. Were another statement to change the events
  /// meanwhile (by hand, without the lock), the real count would be higher and a token
  /// recorded from this one would simply never match: a full check, never misplaced trust.
  private func movedOn(statements: Int) {
    lockedLock.withLock {
      locked = locked?.count.map { Locked(count: $0 + statements, rewrites: locked?.rewrites) }
    }
  }

  public func commit(_ newHead: LedgerHead) throws {
    try commit(newHead, indexing: nil)
  }

  /// The batch, and the claim index rows it adds (when the index covers exactly what the batch
  /// follows; else the index is left as it is, for the next command to bring up to date), in
  /// one transaction.
  public func commit(_ newHead: LedgerHead, indexing rows: ClaimIndexRows?) throws {
    if let only = pending {
      pending = nil
      movedOn(statements: 1)
      try commitInOneStatement(only.lines, at: only.offset, newHead, indexing: rows)
      knownSeq = newHead.seq
      return
    }
    movedOn(statements: 0)
    if batch == nil { try beginBatch(at: newHead.length) }
    guard let current = batch, current.seq == newHead.seq, current.length == newHead.length else {
      throw PostgresLedgerError.server(url: url.description, reason: "the head to commit does not end the batch written")
    }
    let connection = try writing()
    let updated = try connection.query(
      """
      UPDATE claimdesk_head SET seq = \(newHead.seq), hash = \(newHead.hash), length = \(newHead.length)
      WHERE id = 1 AND seq = \(current.startSeq)
      """)
    guard updated.metadata.rows == 1 else {
      throw PostgresLedgerError.server(url: url.description, reason: "the head moved while this batch was written; nothing was committed")
    }
    if let rows, let extended = rows.extends {
      try connection.query(Self.indexAddition(rows, extending: extended, onlyIf: "true"))
    }
    // Tells listeners (an open queue page, in time) that the ledger grew; sent at COMMIT.
    try connection.query("SELECT pg_notify('claimdesk_ledger', \(String(newHead.seq)))")
    try connection.run("COMMIT")
    batch = nil
    knownSeq = newHead.seq
  }

  /// A batch of one piece, committed by one statement (its own transaction): the head row is
  /// moved only from where the batch starts (which locks it), the rows are inserted only if it
  /// was, and the NOTIFY is sent with them. If the head had moved, nothing is written.
  private func commitInOneStatement(_ lines: [[UInt8]], at offset: Int, _ newHead: LedgerHead, indexing: ClaimIndexRows?) throws {
    let startSeq = newHead.seq - lines.count
    let rows = Rows(lines, seq: startSeq, offset: offset)
    guard rows.endSeq == newHead.seq, rows.endOffset == newHead.length else {
      throw PostgresLedgerError.server(url: url.description, reason: "the head to commit does not end the batch written")
    }
    // Without index rows: an empty set that extends nothing there is (length -1).
    let index = IndexColumns(indexing)
    let extended = indexing?.extends ?? IndexCoverage(length: -1, lastHash: "")
    let result = try writing().query(
      """
      WITH moved AS (
        UPDATE claimdesk_head SET seq = \(newHead.seq), hash = \(newHead.hash), length = \(newHead.length)
        WHERE id = 1 AND seq = \(startSeq) AND length = \(offset) RETURNING 1),
      added AS (
        INSERT INTO claimdesk_events (seq, byte_offset, hash, line)
        SELECT * FROM unnest(\(rows.seqs)::bigint[], \(rows.offsets)::bigint[], \(rows.hashes)::text[], \(rows.lines)::bytea[])
        WHERE EXISTS (SELECT 1 FROM moved) RETURNING 1),
      indexed AS (
        UPDATE claimdesk_index_state SET length = \(index.length), last_hash = \(index.lastHash)
        WHERE id = 1 AND length = \(extended.length) AND last_hash = \(extended.lastHash)
          AND rewrites = (SELECT rewrites FROM claimdesk_changes WHERE id = 1) AND EXISTS (SELECT 1 FROM moved) RETURNING 1),
      claims AS (
        INSERT INTO claimdesk_claim_index (claim_id, score)
        SELECT c.id, nullif(c.score, \(unescaped: "'\(Int.min)'::bigint"))
        FROM unnest(\(index.ids)::text[], \(index.scores)::bigint[]) AS c(id, score) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT (claim_id) DO NOTHING RETURNING 1),
      events AS (
        INSERT INTO claimdesk_claim_events (claim_id, byte_offset)
        SELECT * FROM unnest(\(index.eventIDs)::text[], \(index.eventOffsets)::bigint[]) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT DO NOTHING RETURNING 1),
      documents AS (
        INSERT INTO claimdesk_document_index (document_id, byte_offset)
        SELECT * FROM unnest(\(index.documentIDs)::text[], \(index.documentOffsets)::bigint[]) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT (document_id) DO UPDATE SET byte_offset = excluded.byte_offset
        RETURNING 1)
      SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM added),
        (SELECT count(*) FROM claims) + (SELECT count(*) FROM documents),
        (SELECT count(*) FROM (SELECT pg_notify('claimdesk_ledger', \(String(newHead.seq))) FROM moved) AS notified)
      """)
    guard let row = result.first?.makeRandomAccess(), try row[0].decode(Int.self) == 1, try row[1].decode(Int.self) == lines.count else {
      throw PostgresLedgerError.server(
        url: url.description, reason: "the head moved while this writer held the lock; nothing was written, try again")
    }
  }
}
