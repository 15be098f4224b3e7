/// Where a ledger's events are kept. Every store keeps each event as its canonical line (the
/// bytes that were hashed, then LF) and addresses the lines by their byte offset in the
/// concatenation of the committed lines, the same offsets `LedgerHead.length` and the index
/// use. A HEAD commits a batch: what lies beyond it after a crash was never acknowledged.
///
/// Folds, listings and verify read through this alone, so that another store (a database
/// keeping seq, hash and line bytes per row) needs nothing else changed.
public protocol LedgerStore: Sendable {
  /// How diagnostics name the events (`claims/ledger.jsonl`).
  var displayName: String { get }
  /// The commit point; nil when nothing was ever committed.
  func head() throws -> LedgerHead?
  /// Bytes of stored lines in `range`; fewer when the store ends sooner.
  func read(_ range: Range<Int>) throws -> [UInt8]
  /// The lines in `range` a piece at a time, in order, each piece ending at a line's end (the
  /// last may end where `range` does), with the offset it starts at. Memory stays bounded by
  /// the piece size, whatever the ledger's.
  func stream(_ range: Range<Int>, _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ offset: Int) throws -> Void) throws
  /// How many bytes are stored in all, committed or not.
  func storedLength() throws -> Int
  /// Runs `body` holding the store's exclusive write lock; only the methods below need it.
  func withWriteLock<T>(_ body: () throws -> T) throws -> T
  /// Moves what lies beyond `head` aside (a crash between an append and its commit) and says
  /// where to; nil when there was nothing.
  func setAsideUncommitted(beyond head: LedgerHead) throws -> String?
  /// Stores `lines` (each without its LF) from byte `offset` on, uncommitted: until a `commit`
  /// covers them they lie beyond HEAD, where readers never look and a crash leaves them to be
  /// set aside. A batch may be written in several pieces, each right after the last.
  func write(_ lines: [[UInt8]], at offset: Int) throws
  /// Makes everything written so far durable, then commits it by replacing HEAD with `newHead`
  /// (one atomic step: after a crash either all of the batch is committed or none).
  func commit(_ newHead: LedgerHead) throws
  /// A token that changes whenever the stored lines change in any way, appends included; nil
  /// when the store cannot tell (writers then check every line before appending). With
  /// `forRecording` the token is about to be saved as a promise that nothing changed since, so
  /// the store must first make sure any later change gives a different token.
  func changeToken(forRecording: Bool) throws -> String?
  /// A token that changes whenever stored lines change in any way but lines added after the
  /// last one (an edit, a deletion, lines put among the others); nil when the store cannot
  /// tell. Read under the write lock before checking lines, an unchanged token later proves
  /// that the lines checked then are still there as they were, so only the lines after them
  /// need checking.
  func rewriteToken() throws -> String?
  /// The line (without its LF) that ends with the LF just before `end`, or nil if there is no
  /// LF there.
  func line(endingAt end: Int) throws -> [UInt8]?
  /// The claim index the store keeps beside the events, or nil: the ledger keeps its own
  /// (`claims/index`, each workspace's file).
  var claimIndexTable: (any ClaimIndexTable)? { get }
  /// As `commit(_:)`, and stores `rows` (the index rows the batch adds) in the same step, so
  /// the store's own index moves with its events; stores without one ignore them.
  func commit(_ newHead: LedgerHead, indexing rows: ClaimIndexRows?) throws
}

extension LedgerStore {
  /// The file store cannot tell appends from rewrites cheaply: nil.
  public func rewriteToken() throws -> String? { nil }

  public func line(endingAt end: Int) throws -> [UInt8]? { try scanLine(endingAt: end) }

  public var claimIndexTable: (any ClaimIndexTable)? { nil }

  public func commit(_ newHead: LedgerHead, indexing rows: ClaimIndexRows?) throws { try commit(newHead) }

  /// `line(endingAt:)` by reading backwards from `end` in growing windows.
  public func scanLine(endingAt end: Int) throws -> [UInt8]? {
    var window = 4096
    while true {
      let start = max(0, end - window)
      let bytes = try read(start..<end)
      guard bytes.count == end - start, bytes.last == 0x0A else { return nil }
      if let previous = bytes.dropLast().lastIndex(of: 0x0A) { return Array(bytes[(previous + 1)..<(bytes.count - 1)]) }
      if start == 0 { return Array(bytes.dropLast()) }
      window *= 4
    }
  }
}

extension LedgerStore {
  /// Appends `lines` (each without its LF) right after `head` and commits them as `newHead`:
  /// after a crash at any point either all of them are committed or none.
  func append(_ lines: [[UInt8]], after head: LedgerHead, committing newHead: LedgerHead) throws {
    precondition(
      head.length + lines.reduce(0) { $0 + $1.count + 1 } == newHead.length, "a new head must commit exactly the appended lines")
    try write(lines, at: head.length)
    try commit(newHead)
  }
}
