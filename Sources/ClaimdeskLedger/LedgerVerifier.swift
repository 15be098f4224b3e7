import Foundation

/// `ledger verify`'s pass over the committed lines, streamed a piece at a time so that memory
/// stays bounded whatever the ledger's size: every line's shape and hash (checked on a second
/// thread, a piece at a time, while this one replays), the chain, and every event replayed by
/// the fold's rules (`VerifyReplay`).
struct LedgerVerifier {
  /// Lines that start before this offset are not hashed (`--since-last`: a full run did).
  var hashFrom = 0
  /// Seqs whose hashes the caller wants (signed checkpoints are checked against them).
  var wanted: Set<Int> = []

  struct Outcome {
    var events = 0
    var claims = 0
    var documents = 0
    var lastHash = EventLine.genesis
    /// Bytes read: less than asked for when the store ends sooner.
    var length = 0
    var found: [Int: String] = [:]
  }

  /// Throws `LedgerError.corruptLine` naming the first bad line (1-based).
  func run(_ store: some LedgerStore, length: Int) throws -> Outcome {
    var replay = VerifyReplay()
    return try run(store, from: 0, length: length, replay: &replay)
  }

  /// Checks the lines in `start..<length` as the continuation of those `replay` has replayed
  /// (the chain from its last seq and hash, the rules from its claims and documents), and
  /// leaves `replay` after them. `start` must be where `replay`'s last event ends.
  func run(_ store: some LedgerStore, from start: Int, length: Int, replay: inout VerifyReplay) throws -> Outcome {
    var outcome = Outcome()
    var linesBefore = replay.lastSeq
    var repeated = EventLine.RepeatedStrings()
    try store.stream(start..<length) { piece, offset in
      try check(piece, offset: offset, replay: &replay, linesBefore: &linesBefore, repeated: &repeated, outcome: &outcome, file: store.displayName)
    }
    outcome.events = replay.lastSeq
    outcome.lastHash = replay.lastHash
    outcome.claims = replay.claimCount
    outcome.documents = replay.documents.count
    return outcome
  }

  /// Checks `lines` (whole lines, each with its LF) held in memory, which start at byte
  /// `offset`, as the continuation of `replay`: a writer's own batch, before it keeps the state.
  func extend(_ replay: inout VerifyReplay, with lines: [UInt8], offset: Int, file: String) throws {
    var outcome = Outcome()
    var linesBefore = replay.lastSeq
    var repeated = EventLine.RepeatedStrings()
    try lines.withUnsafeBufferPointer { piece in
      try check(piece, offset: offset, replay: &replay, linesBefore: &linesBefore, repeated: &repeated, outcome: &outcome, file: file)
    }
  }

  /// One piece: its lines' shapes and hashes on another thread while this one replays them.
  private func check(
    _ piece: UnsafeBufferPointer<UInt8>, offset: Int, replay: inout VerifyReplay, linesBefore: inout Int,
    repeated: inout EventLine.RepeatedStrings, outcome: inout Outcome, file: String
  ) throws {
    let hashing = PieceHashes(piece: piece, offset: offset, hashFrom: hashFrom)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { hashing.run() }
    var count = 0
    var problem: (line: Int, reason: String)?
    var end = 0
    LedgerReader.forEachLine(piece, in: 0..<piece.count) { range in
      count += 1
      end = range.upperBound + 1
      do throws(LineProblem) {
        try replay.apply(
          LedgerReader.decode(range, of: piece, shared: nil, checkHash: false, readingBytes: true, repeated: &repeated))
        if wanted.contains(replay.lastSeq) { outcome.found[replay.lastSeq] = replay.lastHash }
        return true
      } catch {
        problem = (count, error.reason)
        return false
      }
    }
    if problem == nil, end < piece.count {
      problem = (count + 1, "the committed lines end inside this line: claims/HEAD's length does not fall at a line's end")
    }
    group.wait()
    if let hashProblem = hashing.problem, hashProblem.line <= problem?.line ?? .max { problem = hashProblem }
    if let problem {
      throw LedgerError.corruptLine(file: file, line: linesBefore + problem.line, reason: problem.reason)
    }
    linesBefore += count
    outcome.length = offset + piece.count
  }

  /// The shape and hash of every line of one piece, checked on another thread.
  private final class PieceHashes: @unchecked Sendable {
    let piece: UnsafeBufferPointer<UInt8>
    let offset: Int
    let hashFrom: Int
    // Written by `run` alone, read only after it has finished (the DispatchGroup orders them).
    private(set) var problem: (line: Int, reason: String)?

    init(piece: UnsafeBufferPointer<UInt8>, offset: Int, hashFrom: Int) {
      self.piece = piece
      self.offset = offset
      self.hashFrom = hashFrom
    }

    func run() {
      var line = 0
      LedgerReader.forEachLine(piece, in: 0..<piece.count) { range in
        line += 1
        do throws(LineProblem) {
          _ = try EventLine.body(of: UnsafeBufferPointer(rebasing: piece[range]), checkHash: offset + range.lowerBound >= hashFrom)
          return true
        } catch {
          problem = (line, error.reason)
          return false
        }
      }
    }
  }
}
