import Foundation
import ClaimdeskSupport

/// A derived, rebuildable index: claim id -> byte offsets of the events that concern it (and
/// the claim's score, which orders listings), plus document id -> offset of its
/// `document.added`. It is valid for a ledger of `ledgerLength` bytes whose last event has
/// `lastHash`; anything else makes it catch up or rebuild.
/// Kept in `claims/index` (git-ignored); deleting it is always safe.
///
/// Flat arrays rather than one object per claim, because `show` and `mark` load it on every run:
/// loading is a few copies, not 100,000 allocations.
struct LedgerIndex: Sendable {
  static let idLength = 32

  var ledgerLength = 0
  var lastHash = EventLine.genesis
  /// Sorted claim ids, `idLength` ASCII hex bytes each, back to back.
  private(set) var idBytes: [UInt8] = []
  /// Claim `i`'s event offsets are `offsets[starts[i]..<starts[i + 1]]`, in ledger order.
  private(set) var starts: [Int] = [0]
  private(set) var offsets: [Int] = []
  /// Claim `i`'s score in millionths as its `claim.added` records it, or `noScore`.
  private(set) var scores: [Int] = []
  var documentOffsets: [String: Int] = [:]

  static let noScore = Int.min

  init() {}

  init(
    ledgerLength: Int, lastHash: String, idBytes: [UInt8], starts: [Int], offsets: [Int], scores: [Int],
    documentOffsets: [String: Int]
  ) {
    self.ledgerLength = ledgerLength
    self.lastHash = lastHash
    self.idBytes = idBytes
    self.starts = starts
    self.offsets = offsets
    self.scores = scores
    self.documentOffsets = documentOffsets
  }

  /// An index of the given claims (tests).
  init(claims: [(id: String, offsets: [Int])]) {
    merge(claims.map { Addition(id: Array($0.id.utf8), offsets: $0.offsets, score: Self.noScore) })
  }

  /// This index with more claims or later events merged in (tests).
  func adding(_ claims: [(id: String, offsets: [Int])]) -> LedgerIndex {
    var copy = self
    copy.merge(claims.map { Addition(id: Array($0.id.utf8), offsets: $0.offsets, score: Self.noScore) })
    return copy
  }

  /// Later events of one claim, or a new claim with its score.
  struct Addition: Sendable {
    var id: [UInt8]
    var offsets: [Int]
    var score: Int
  }

  var count: Int { starts.count - 1 }

  /// Events of all claims together.
  var eventCount: Int { offsets.count }

  var claimIDs: [String] { (0..<count).map(id(at:)) }

  func id(at i: Int) -> String {
    String(decoding: idBytes[(i * Self.idLength)..<((i + 1) * Self.idLength)], as: UTF8.self)
  }

  /// Offsets of a claim's events, if the id is known.
  func offsets(of id: String) -> [Int]? {
    position(of: Array(id.utf8)).map { Array(offsets[starts[$0]..<starts[$0 + 1]]) }
  }

  /// Where a full id is in the sorted arrays.
  private func position(of key: [UInt8]) -> Int? {
    guard key.count == Self.idLength else { return nil }
    let i = lowerBound(key)
    return i < count && compare(i, key) == 0 ? i : nil
  }

  /// Full ids that start with `prefix`.
  func ids(withPrefix prefix: String) -> [String] {
    let key = Array(prefix.utf8)
    var result: [String] = []
    var i = lowerBound(key)
    while i < count, compare(i, key) == 0 {
      result.append(id(at: i))
      i += 1
    }
    return result
  }

  /// The shortest unique prefix of one id, from its neighbours in sorted order.
  func shortID(_ id: String) -> String {
    let key = Array(id.utf8)
    let i = lowerBound(key)
    guard i < count, compare(i, key) == 0 else { return String(id.prefix(ClaimIDs.minimumShown)) }
    return withView { $0.shortID(at: i) }
  }

  /// Compares claim `i`'s id, cut to the key's length, with the key (memcmp order).
  private func compare(_ i: Int, _ key: [UInt8]) -> Int32 {
    idBytes.withUnsafeBufferPointer { ids in
      memcmp(ids.baseAddress! + i * Self.idLength, key, min(key.count, Self.idLength))
    }
  }

  private func lowerBound(_ key: [UInt8]) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if compare(mid, key) < 0 { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Adds the events in `bytes` (complete lines starting at ledger offset `base`). A rebuild
  /// reads every `claim.added` for its score, so large inputs are read in two halves at once.
  mutating func add(_ bytes: [UInt8], base: Int, parallelFrom: Int = 8 << 20) {
    let shared = LedgerBytes(bytes)
    let existing = self
    var parts: [Part] = []
    shared.bytes.withUnsafeBufferPointer { buffer in
      let ranges = LedgerReader.halves(buffer, from: parallelFrom)
      parts = concurrentMap(ranges.count) { i in
        shared.bytes.withUnsafeBufferPointer { existing.scan(ranges[i], of: $0, shared: shared, base: base) }
      }
      if let last = parts.last(where: { $0.lastLine != nil })?.lastLine, last.count > 75 {
        lastHash = String(decoding: UnsafeBufferPointer(rebasing: buffer[(last.upperBound - 66)..<(last.upperBound - 2)]), as: UTF8.self)
      }
    }
    // The later part's events come after the earlier's; a claim keeps the score of its first.
    var pending: [IDKey: Addition] = [:]
    for part in parts {
      for (key, addition) in part.pending {
        if pending[key] != nil { pending[key]!.offsets += addition.offsets } else { pending[key] = addition }
      }
      documentOffsets.merge(part.documents) { _, later in later }
    }
    ledgerLength = base + bytes.count
    merge(Array(pending.values))
  }

  /// What one stretch of lines adds.
  private struct Part: Sendable {
    var pending: [IDKey: Addition] = [:]
    var documents: [String: Int] = [:]
    var lastLine: Range<Int>?
  }

  private func scan(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, shared: LedgerBytes, base: Int) -> Part {
    var part = Part()
    var repeated = EventLine.RepeatedStrings()
    LedgerReader.forEachLine(buffer, in: range) { lineRange in
      let line = UnsafeBufferPointer(rebasing: buffer[lineRange])
      if let id = Self.topLevelClaimID(line) {
        let key = IDKey(id)
        if part.pending[key] != nil {
          part.pending[key]!.offsets.append(base + lineRange.lowerBound)
        } else {
          // A claim's first event is its claim.added (the fold rejects anything else), read
          // here by the fold's own reader, so that the score is the one a fold finds.
          let isNew = position(of: id) == nil
          let score = isNew ? Self.score(lineRange, of: buffer, shared: shared, repeated: &repeated) : Self.noScore
          part.pending[key] = Addition(id: id, offsets: [base + lineRange.lowerBound], score: score)
        }
      } else if let document = Self.documentAdded(line) {
        part.documents[document] = base + lineRange.lowerBound
      }
      part.lastLine = lineRange
      return true
    }
    return part
  }

  /// A claim id's 32 bytes as four words: hashing `[UInt8]` feeds the hasher a byte at a time.
  private struct IDKey: Hashable, Sendable {
    let a: UInt64, b: UInt64, c: UInt64, d: UInt64
    init(_ id: [UInt8]) {
      (a, b, c, d) = id.withUnsafeBytes {
        ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
          $0.loadUnaligned(fromByteOffset: 16, as: UInt64.self), $0.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
      }
    }
  }

  /// The score a `claim.added` line records, or `noScore` (none, or not such a line).
  private static func score(
    _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, shared: LedgerBytes,
    repeated: inout EventLine.RepeatedStrings
  ) -> Int {
    switch LedgerReader.decode(range, of: buffer, shared: shared, checkHash: false, readingBytes: true, repeated: &repeated) {
    case .claimAdded(_, let data): data.score ?? noScore
    case .event(let event) where event.op == .claimAdded: ClaimAddedData(event.data)?.score ?? noScore
    default: noScore
    }
  }

  /// Merges claims (new ids, or later events of known ones) into the sorted arrays in one pass.
  private mutating func merge(_ additions: [Addition]) {
    guard !additions.isEmpty else { return }
    let sorted = additions.sorted { $0.id.lexicographicallyPrecedes($1.id) }
    // A few events (one `mark`, a catch-up after another process's append): insert in place,
    // a handful of memmoves, rather than rebuilding every array.
    if sorted.count <= 64 {
      for addition in sorted { insert(addition) }
      return
    }
    var newIDs: [UInt8] = []
    var newStarts: [Int] = [0]
    var newOffsets: [Int] = []
    var newScores: [Int] = []
    newIDs.reserveCapacity(idBytes.count + sorted.count * Self.idLength)
    newStarts.reserveCapacity(starts.count + sorted.count)
    newOffsets.reserveCapacity(offsets.count + sorted.reduce(0) { $0 + $1.offsets.count })
    newScores.reserveCapacity(scores.count + sorted.count)
    var i = 0
    var j = 0
    while i < count || j < sorted.count {
      let order: Int32 = i == count ? 1 : j == sorted.count ? -1 : compare(i, sorted[j].id)
      if order <= 0 {
        newIDs.append(contentsOf: idBytes[(i * Self.idLength)..<((i + 1) * Self.idLength)])
        newOffsets.append(contentsOf: offsets[starts[i]..<starts[i + 1]])
        newScores.append(scores[i])
        i += 1
      } else {
        newIDs.append(contentsOf: sorted[j].id)
        newScores.append(sorted[j].score)
      }
      if order >= 0 {
        newOffsets.append(contentsOf: sorted[j].offsets)
        j += 1
      }
      newStarts.append(newOffsets.count)
    }
    idBytes = newIDs
    starts = newStarts
    offsets = newOffsets
    scores = newScores
  }

  /// Adds one claim's later offsets, or a new claim, keeping the arrays sorted.
  private mutating func insert(_ addition: Addition) {
    let i = lowerBound(addition.id)
    let new = addition.offsets
    if i < count && compare(i, addition.id) == 0 {
      offsets.insert(contentsOf: new, at: starts[i + 1])
    } else {
      idBytes.insert(contentsOf: addition.id, at: i * Self.idLength)
      offsets.insert(contentsOf: new, at: starts[i])
      starts.insert(starts[i], at: i + 1)
      scores.insert(addition.score, at: i)
    }
    for j in (i + 1)..<starts.count { starts[j] += new.count }
  }

  /// The top-level `claim` member of a canonical line, if it is a full claim id. Keys are sorted,
  /// so it stands before the first `"data":` (the keys before it, actor and at, hold strings,
  /// where quotes are escaped).
  static func topLevelClaimID(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let data = find(Array(#""data":"#.utf8), in: line, from: 0) else { return nil }
    let key = Array(#""claim":""#.utf8)
    guard let at = find(key, in: UnsafeBufferPointer(rebasing: line[0..<data]), from: 0) else { return nil }
    let start = at + key.count
    guard start + idLength < line.count, line[start + idLength] == UInt8(ascii: "\"") else { return nil }
    return Array(line[start..<(start + idLength)])
  }

  /// The document id of a `document.added` line (rare: parsed in full).
  static func documentAdded(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    guard find(Array("document.added".utf8), in: line, from: 0) != nil,
      let event = try? EventLine.parse(line, checkHash: false), event.op == .documentAdded
    else { return nil }
    return event.document
  }

  /// Finds `needle` with memchr on its first byte (memmem is not exported to Swift on Linux).
  private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = haystack.baseAddress, let first = needle.first else { return nil }
    var i = from
    while i + needle.count <= haystack.count {
      guard let hit = memchr(base + i, Int32(first), haystack.count - needle.count + 1 - i) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + at, needle, needle.count) == 0 { return at }
      i = at + 1
    }
    return nil
  }
}
