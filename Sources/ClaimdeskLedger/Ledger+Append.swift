import Foundation

// The write path: check what is committed, set aside what is not, append one batch, commit it.
extension Ledger {
  /// Appends events under the store's lock and keeps the index current.
  @discardableResult
  public func append(_ drafts: [EventDraft], actor: String, at: String) throws -> AppendResult {
    try append(actor: actor, at: at) { _ in drafts }
  }

  /// Appends the events `prepare` decides on, given the claims it names, all under the lock so
  /// that concurrent writers cannot both add the same thing. The batch is committed whole or
  /// not at all. Refuses (exit 65) to build on a ledger whose committed lines fail their check.
  @discardableResult
  public func append(
    actor: String, at: String, prepare: (_ existing: (String) -> Bool) throws -> [EventDraft]
  ) throws -> AppendResult {
    try append(actor: actor, at: at, piece: nil) { existing, emit in
      let drafts = try withoutActuallyEscaping(existing) { try prepare($0) }
      for draft in drafts { try emit(draft) }
    }
  }

  /// Appends the events `produce` hands to `emit`, one at a time, as one batch: they are
  /// written to the store a piece (`appendPiece` bytes) at a time and committed once, by HEAD,
  /// at the end, so a batch of any size is still all or nothing (a crash before the commit
  /// leaves its pieces beyond HEAD, set aside by the next writer) while only the current piece
  /// is held. The events are counted, not returned (`AppendResult.events` is empty). `existing`
  /// also knows the events of the pieces already written.
  @discardableResult
  public func appendStreaming(
    actor: String, at: String, pieceBytes: Int = Ledger.appendPiece,
    produce: (_ existing: (String) -> Bool, _ emit: (EventDraft) throws -> Void) throws -> Void
  ) throws -> AppendResult {
    try append(actor: actor, at: at, piece: pieceBytes, produce: produce)
  }

  /// How many bytes of rendered lines a streamed batch holds before writing them.
  public static let appendPiece = 4 << 20

  /// `piece` nil: one write of the whole batch, whose events are returned.
  private func append(
    actor: String, at: String, piece pieceLimit: Int?,
    produce: (_ existing: (String) -> Bool, _ emit: (EventDraft) throws -> Void) throws -> Void
  ) throws -> AppendResult {
    try store.withWriteLock {
      let (head, full, checked) = try checkedForWriting()
      // This process's check state at `head`, handed back whatever happens below (moved out
      // of `progress` meanwhile, so that moving it on copies nothing).
      var kept = checked
      defer { if let kept { progress.state = kept } }
      var batchBytes: [UInt8] = []
      let aside = try store.setAsideUncommitted(beyond: head)
      if let aside {
        notices("note: moved the lines beyond claims/HEAD (a write interrupted before its commit, never acknowledged) to \(aside)")
      }
      // With the store's own index table, only this batch's rows are kept here (ids already
      // in the table are asked of it), and they go to the table with the batch's commit.
      let table = store.claimIndexTable
      var index: LedgerIndex
      if let table {
        try bringUpToDate(table, head: head)
        index = LedgerIndex()
      } else {
        index = try currentIndex(length: head.length)
      }
      var newHead = head
      var written = head.length
      var events: [LedgerEvent] = []
      var count = 0
      var piece: [[UInt8]] = []
      var pieceBytes = 0
      func writePiece() throws {
        guard !piece.isEmpty else { return }
        try store.write(piece, at: written)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieceBytes)
        for line in piece {
          bytes.append(contentsOf: line)
          bytes.append(0x0A)
        }
        index.add(bytes, base: written)
        if kept != nil, pieceLimit == nil { batchBytes += bytes }
        written += pieceBytes
        piece.removeAll(keepingCapacity: true)
        pieceBytes = 0
      }
      // A table that cannot be asked answers "already there" (nothing is added twice), and the
      // batch then fails with why.
      var tableFailure: (any Error)?
      let existing = { (id: String) -> Bool in
        if index.offsets(of: id) != nil || index.documentOffsets[id] != nil { return true }
        guard let table else { return false }
        do {
          return try table.contains(id)
        } catch {
          tableFailure = tableFailure ?? error
          return true
        }
      }
      try produce(existing) { draft in
        var event = LedgerEvent(
          seq: newHead.seq + 1, at: at, actor: actor, op: draft.op, claim: draft.claim,
          document: draft.document, data: .object(draft.data), prev: newHead.hash, hash: "")
        let (line, hash) = EventLine.render(body: event.canonicalBody())
        event.hash = hash
        piece.append(line)
        pieceBytes += line.count + 1
        count += 1
        if pieceLimit == nil { events.append(event) }
        newHead = LedgerHead(seq: event.seq, hash: hash, length: newHead.length + line.count + 1)
        if let pieceLimit, pieceBytes >= pieceLimit { try writePiece() }
      }
      if let tableFailure { throw tableFailure }
      if count > 0 {
        try writePiece()
        precondition(written == newHead.length, "a new head must commit exactly the appended lines")
        if table != nil {
          try store.commit(newHead, indexing: index.rows(covering: IndexCoverage(newHead), extending: IndexCoverage(head)))
        } else {
          try store.commit(newHead)
          keep(index)
        }
      }
      // The check state moves on over this batch's own lines, from memory (a streamed batch's
      // are not kept: the next writer here reads them back instead). Lines of its own that
      // failed the check (never expected) only drop the state: the next writer checks all.
      if count > 0, pieceLimit == nil, var state = kept {
        kept = nil
        if (try? LedgerVerifier().extend(&state.replay, with: batchBytes, offset: head.length, file: store.displayName)) != nil,
          state.replay.lastSeq == newHead.seq, state.replay.lastHash == newHead.hash
        {
          if state.full == state.head.length { state.full = newHead.length }
          state.head = newHead
          kept = state
        }
      }
      if let token = try store.changeToken(forRecording: true) {
        VerifiedMark(full: full, head: newHead, token: token).save(in: directory)
      }
      return AppendResult(events: events, count: count, movedUncommittedTo: aside)
    }
  }

  /// Moves the lines beyond HEAD aside, on demand (`claimdesk ledger recover`), after the same
  /// check of HEAD a writer makes. Returns where to, or nil when there were none.
  public func recover() throws -> String? {
    try store.withWriteLock {
      let head = try store.head()
      if let problem = try CommitCheck.problem(head, in: store) { throw problem }
      return try store.setAsideUncommitted(beyond: head ?? .genesis)
    }
  }

  /// The head to append after, with every committed line checked: HEAD's own line always, and
  /// then either nothing (the verified mark shows nothing but checked appends changed the
  /// store since its lines were checked), only the lines after those this process checked
  /// (the store's rewrite token proves nothing below them changed), or all of them. Also
  /// returns how far a full `verify` has hashed, and this process's check state at `head` when
  /// there is one. Writes a first HEAD (nothing committed) before the first append, so that a
  /// crash in it leaves lines that are plainly uncommitted.
  private func checkedForWriting() throws -> (head: LedgerHead, full: Int, checked: VerifiedProgress.State?) {
    guard let head = try store.head() else {
      if let problem = try CommitCheck.problem(nil, in: store) { throw problem }
      try store.append([], after: .genesis, committing: .genesis)
      return (.genesis, 0, nil)
    }
    if let problem = try CommitCheck.problem(head, in: store) { throw problem }
    let rewrites = try store.rewriteToken()
    let mark = VerifiedMark.current(in: directory, token: try store.changeToken(forRecording: false))
    if let mark, mark.head.length > head.length {
      throw LedgerError.headMismatch(
        file: "claims/HEAD",
        reason: "claims/HEAD commits event \(head.seq), but event \(mark.head.seq) was committed since (claims/verified records it): HEAD was moved back; restore it and run `claimdesk ledger verify`")
    }
    do {
      // Taken out of `progress` (the caller hands it back), so that moving it on copies nothing;
      // one that does not apply (the rewrites count moved, or HEAD went back) is dropped.
      if let rewrites, var state = progress.take(), state.rewrites == rewrites, state.head.length <= head.length {
        if state.head != head {
          _ = try LedgerVerifier().run(store, from: state.head.length, length: head.length, replay: &state.replay)
          try Self.expectEnd(state.replay, at: head, file: store.displayName)
          if state.full == state.head.length { state.full = head.length }
          state.head = head
        }
        return (head, max(state.full, mark?.full ?? 0), state)
      }
      if let mark, mark.head == head { return (head, mark.full, nil) }
      var replay = VerifyReplay()
      _ = try LedgerVerifier().run(store, from: 0, length: head.length, replay: &replay)
      try Self.expectEnd(replay, at: head, file: store.displayName)
      guard let rewrites else { return (head, head.length, nil) }
      return (head, head.length, VerifiedProgress.State(replay: replay, head: head, rewrites: rewrites, full: head.length))
    } catch LedgerError.corruptLine(let file, let line, let reason) {
      throw LedgerError.corruptLine(
        file: file, line: line, reason: "\(reason); nothing was written: run `claimdesk ledger verify`")
    }
  }

  private static func expectEnd(_ replay: VerifyReplay, at head: LedgerHead, file: String) throws {
    guard replay.lastSeq == head.seq, replay.lastHash == head.hash else {
      throw LedgerError.corruptLine(file: file, line: head.seq, reason: "the chain does not end at claims/HEAD's event")
    }
  }
}
