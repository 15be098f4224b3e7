/// The check every command makes before trusting a ledger, in time independent of its size:
/// the line that ends at HEAD's length is complete, hashes to what it records, and is HEAD's
/// event. An edit of the last line (re-hashed or not), a chain re-hashed from some line on
/// without HEAD, a HEAD edited or zeroed, or lines cut off the end all fail it.
enum CommitCheck {
  /// Why `head` is not a sound commit point of `store`, or nil when it is.
  static func problem(_ head: LedgerHead?, in store: some LedgerStore) throws -> LedgerError? {
    let stored = try store.storedLength()
    guard let head else {
      if stored == 0 { return nil }
      return .headMismatch(
        file: "claims/HEAD",
        reason: "claims/HEAD is missing but \(store.displayName) holds \(stored) bytes, so nothing says which of its events were committed; restore claims/HEAD from a backup (or git) and run `claimdesk ledger verify`")
    }
    if head.length == 0 { return nil }
    if stored < head.length {
      return .truncated(file: store.displayName, headSeq: head.seq, ledgerSeq: try lastSeq(before: stored, in: store))
    }
    guard let line = try line(endingAt: head.length, in: store) else {
      return .corruptLine(
        file: store.displayName, line: head.seq,
        reason: "claims/HEAD commits \(head.length) bytes, which do not end at the end of a line: the ledger or HEAD was changed; run `claimdesk ledger verify`")
    }
    let event: LedgerEvent
    do {
      event = try line.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer, checkHash: true) }
    } catch {
      return .corruptLine(file: store.displayName, line: head.seq, reason: "\(error.reason); run `claimdesk ledger verify`")
    }
    guard event.seq == head.seq, event.hash == head.hash else {
      return .corruptLine(
        file: store.displayName, line: head.seq,
        reason: "the line claims/HEAD commits is event \(event.seq) with hash \(event.hash.prefix(12))..., but claims/HEAD records event \(head.seq) with hash \(head.hash.prefix(12))...: the ledger or HEAD was changed; run `claimdesk ledger verify`")
    }
    return nil
  }

  /// The line (without its LF) that ends with the LF just before `end`, or nil if there is no
  /// LF there.
  static func line(endingAt end: Int, in store: some LedgerStore) throws -> [UInt8]? {
    try store.line(endingAt: end)
  }

  /// The seq of the last complete line before `end` (0 when none can be read), to say how far
  /// a cut ledger reaches.
  private static func lastSeq(before end: Int, in store: some LedgerStore) throws -> Int {
    var cut = end
    let tail = try store.read(max(0, end - 65536)..<end)
    if let last = tail.lastIndex(of: 0x0A) { cut = end - (tail.count - last - 1) } else { return 0 }
    guard let line = try line(endingAt: cut, in: store) else { return 0 }
    return (try? line.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer, checkHash: false) })?.seq ?? 0
  }
}
