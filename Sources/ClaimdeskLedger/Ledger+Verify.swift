import Foundation
import ClaimdeskSupport

// `ledger verify` and signed checkpoints.
extension Ledger {
  /// Streams every committed line: its hash (all of them, or with `sinceLast` those after the
  /// last full run), the chain, every event replayed; then HEAD against the chain's end, and
  /// with a public key every signed checkpoint against the chain. Throws at the first problem.
  public func verify(sinceLast: Bool = false, publicKeyFile: String? = nil) throws -> VerifyReport {
    let publicKey = try publicKeyFile.map(SigningKeyFiles.publicKey(at:))
    let checkpoints = try publicKey.map { _ in try readCheckpoints() } ?? []
    if publicKey != nil, checkpoints.isEmpty {
      throw LedgerError.corruptLine(
        file: "claims/checkpoints.jsonl", line: 0,
        reason: "there is no signed checkpoint to check the ledger against; make one with `claimdesk ledger checkpoint --key FILE`")
    }
    var notes: [String] = []
    let stored = try store.storedLength()
    guard let head = try store.head() else {
      if let problem = try CommitCheck.problem(nil, in: store) { throw problem }
      return VerifyReport(events: 0, claims: 0, documents: 0, lastHash: EventLine.genesis, notes: notes)
    }
    let tokenBefore = try store.changeToken(forRecording: true)
    var verifier = LedgerVerifier(wanted: Set(checkpoints.map(\.checkpoint.seq)))
    if sinceLast {
      if let mark = VerifiedMark.current(in: directory, token: tokenBefore), mark.head.length <= head.length, mark.full > 0 {
        verifier.hashFrom = mark.full
        notes.append("--since-last: hashed only the lines after byte \(mark.full), which the last full run checked; the rest was read for the chain and the replay")
      } else {
        notes.append("--since-last: no full run is recorded for the ledger as it is now, so every line was hashed")
      }
    }
    let outcome = try verifier.run(store, length: head.length)
    if outcome.length < head.length || outcome.events < head.seq {
      throw LedgerError.truncated(file: store.displayName, headSeq: head.seq, ledgerSeq: outcome.events)
    }
    if outcome.events != head.seq || outcome.lastHash != head.hash {
      throw LedgerError.headMismatch(
        file: "claims/HEAD",
        reason: "claims/HEAD records event \(head.seq) with hash \(head.hash.prefix(12))..., but the ledger's committed lines end at event \(outcome.events) with \(outcome.lastHash.prefix(12))...")
    }
    if let publicKey {
      for (line, checkpoint) in checkpoints {
        guard checkpoint.isSigned(by: publicKey) else {
          throw LedgerError.corruptLine(
            file: "claims/checkpoints.jsonl", line: line,
            reason: "the signature of the checkpoint of event \(checkpoint.seq) does not verify with \(publicKeyFile!): a checkpoint was edited, or signed with another key")
        }
        guard let found = outcome.found[checkpoint.seq] else {
          throw LedgerError.corruptLine(
            file: "claims/checkpoints.jsonl", line: line,
            reason: "the checkpoint signs event \(checkpoint.seq), but the ledger ends at event \(outcome.events): events were cut off")
        }
        guard found == checkpoint.hash else {
          throw LedgerError.corruptLine(
            file: "claims/checkpoints.jsonl", line: line,
            reason: "the checkpoint signs hash \(checkpoint.hash.prefix(12))... for event \(checkpoint.seq), but the ledger's event \(checkpoint.seq) has \(found.prefix(12))...: history was rewritten after the checkpoint")
        }
      }
      notes.append("\(checkpoints.count) signed checkpoint(s) match the chain (the last at event \(checkpoints.last!.checkpoint.seq))")
    }
    if stored > head.length {
      notes.append(
        "\(stored - head.length) bytes lie beyond claims/HEAD, uncommitted (a write interrupted before its commit): readers ignore them; the next write, or `claimdesk ledger recover`, moves them to claims/ledger.jsonl.uncommitted-<time>")
    }
    try store.withWriteLock {
      if let token = try store.changeToken(forRecording: false), token == tokenBefore {
        VerifiedMark(full: head.length, head: head, token: token).save(in: directory)
      }
    }
    return VerifyReport(
      events: outcome.events, claims: outcome.claims, documents: outcome.documents, lastHash: outcome.lastHash,
      notes: notes)
  }

  /// Checks the whole ledger, then signs its head with the private key in `keyFile` and appends
  /// the signature to `claims/checkpoints.jsonl`. Returns the head signed.
  public func checkpoint(keyFile: String, at: String) throws -> LedgerHead {
    let key = try SigningKeyFiles.privateKey(at: keyFile)
    _ = try verify()
    return try store.withWriteLock {
      guard let head = try store.head(), head.seq > 0 else {
        throw LedgerError.refused("the ledger has no events yet: there is nothing to sign")
      }
      // An append since the check would be signed unchecked: HEAD's line, and the mark, say not.
      if let problem = try CommitCheck.problem(head, in: store) { throw problem }
      guard VerifiedMark.current(in: directory, token: try store.changeToken(forRecording: false))?.head == head else {
        throw LedgerError.refused("the ledger changed while it was being checked; run the command again")
      }
      let checkpoint = try LedgerCheckpoint(signing: head, with: key, at: at)
      try appendLine(checkpoint.line, to: checkpointsPath)
      return head
    }
  }

  var checkpointsPath: String { directory + "/checkpoints.jsonl" }

  /// Every checkpoint with its line number; an unreadable line is an error naming it.
  private func readCheckpoints() throws -> [(line: Int, checkpoint: LedgerCheckpoint)] {
    let bytes = try FileLedgerStore.readAll(checkpointsPath)
    var result: [(line: Int, checkpoint: LedgerCheckpoint)] = []
    for (i, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      guard let checkpoint = LedgerCheckpoint(line: Array(line)) else {
        throw LedgerError.corruptLine(
          file: "claims/checkpoints.jsonl", line: i + 1,
          reason: "not a checkpoint: a line must hold seq, hash, at, public_key and signature")
      }
      result.append((i + 1, checkpoint))
    }
    return result
  }

  private func appendLine(_ line: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.io(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    let bytes = line + [0x0A]
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(fd) == 0 else { throw LedgerError.io(path: path, reason: String(cString: strerror(errno))) }
  }
}
