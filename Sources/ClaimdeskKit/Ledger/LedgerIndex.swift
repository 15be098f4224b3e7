import Foundation

/// A derived, rebuildable index: claim id -> byte offsets of the events that concern it, plus
/// document id -> offset of its `document.added`. It is valid for a ledger of `ledgerLength`
/// bytes whose last event has `lastHash`; anything else makes it catch up or rebuild.
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
  var documentOffsets: [String: Int] = [:]

  private static let magic = "claimdesk-index-3"

  init() {}

  /// An index of the given claims (tests).
  init(claims: [(id: String, offsets: [Int])]) {
    merge(claims.map { (Array($0.id.utf8), $0.offsets) })
  }

  /// This index with more claims or later events merged in (tests).
  func adding(_ claims: [(id: String, offsets: [Int])]) -> LedgerIndex {
    var copy = self
    copy.merge(claims.map { (Array($0.id.utf8), $0.offsets) })
    return copy
  }

  var count: Int { starts.count - 1 }

  var claimIDs: [String] { (0..<count).map(id(at:)) }

  func id(at i: Int) -> String {
    String(decoding: idBytes[(i * Self.idLength)..<((i + 1) * Self.idLength)], as: UTF8.self)
  }

  /// Offsets of a claim's events, if the id is known.
  func offsets(of id: String) -> [Int]? {
    let key = Array(id.utf8)
    guard key.count == Self.idLength else { return nil }
    let i = lowerBound(key)
    return i < count && compare(i, key) == 0 ? Array(offsets[starts[i]..<starts[i + 1]]) : nil
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
    let i = lowerBound(Array(id.utf8))
    var length = ClaimIDs.minimumShown
    if i > 0 { length = max(length, ClaimIDs.commonPrefixLength(id, self.id(at: i - 1)) + 1) }
    if i + 1 < count { length = max(length, ClaimIDs.commonPrefixLength(id, self.id(at: i + 1)) + 1) }
    return String(id.prefix(length))
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

  /// Adds the events in `bytes` (complete lines starting at ledger offset `base`).
  mutating func add(_ bytes: ArraySlice<UInt8>, base: Int) {
    var pending: [[UInt8]: [Int]] = [:]
    var lastLine: Range<Int>?
    Array(bytes).withUnsafeBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        guard let newline = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) else { break }
        let end = buffer.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self))
        let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
        if let id = Self.topLevelClaimID(line) {
          pending[id, default: []].append(base + start)
        } else if let document = Self.documentAdded(line) {
          documentOffsets[document] = base + start
        }
        lastLine = start..<end
        start = end + 1
      }
      if let lastLine, lastLine.count > 75 {
        lastHash = String(decoding: UnsafeBufferPointer(rebasing: buffer[(lastLine.upperBound - 66)..<(lastLine.upperBound - 2)]), as: UTF8.self)
      }
    }
    ledgerLength = base + bytes.count
    merge(pending.map { ($0.key, $0.value) })
  }

  /// Merges claims (new ids, or later events of known ones) into the sorted arrays in one pass.
  private mutating func merge(_ additions: [([UInt8], [Int])]) {
    guard !additions.isEmpty else { return }
    let sorted = additions.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    // A few events (one `mark`, a catch-up after another process's append): insert in place,
    // a handful of memmoves, rather than rebuilding every array.
    if sorted.count <= 64 {
      for (id, new) in sorted { insert(id, new) }
      return
    }
    var newIDs: [UInt8] = []
    var newStarts: [Int] = [0]
    var newOffsets: [Int] = []
    newIDs.reserveCapacity(idBytes.count + sorted.count * Self.idLength)
    newStarts.reserveCapacity(starts.count + sorted.count)
    newOffsets.reserveCapacity(offsets.count + sorted.reduce(0) { $0 + $1.1.count })
    var i = 0
    var j = 0
    while i < count || j < sorted.count {
      let order: Int32 = i == count ? 1 : j == sorted.count ? -1 : compare(i, sorted[j].0)
      if order <= 0 {
        newIDs.append(contentsOf: idBytes[(i * Self.idLength)..<((i + 1) * Self.idLength)])
        newOffsets.append(contentsOf: offsets[starts[i]..<starts[i + 1]])
        i += 1
      } else {
        newIDs.append(contentsOf: sorted[j].0)
      }
      if order >= 0 {
        newOffsets.append(contentsOf: sorted[j].1)
        j += 1
      }
      newStarts.append(newOffsets.count)
    }
    idBytes = newIDs
    starts = newStarts
    offsets = newOffsets
  }

  /// Adds one claim's later offsets, or a new claim, keeping the arrays sorted.
  private mutating func insert(_ id: [UInt8], _ new: [Int]) {
    let i = lowerBound(id)
    if i < count && compare(i, id) == 0 {
      offsets.insert(contentsOf: new, at: starts[i + 1])
      for j in (i + 1)..<starts.count { starts[j] += new.count }
    } else {
      idBytes.insert(contentsOf: id, at: i * Self.idLength)
      offsets.insert(contentsOf: new, at: starts[i])
      starts.insert(starts[i], at: i + 1)
      for j in (i + 1)..<starts.count { starts[j] += new.count }
    }
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
      let event = try? EventLine.parse(line, checkHash: false), event.op == EventOp.documentAdded.rawValue
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

  // MARK: - File form: a text header line, the three arrays as raw bytes, then one text line
  // per document. Raw arrays load with three copies; the header's counts guard their sizes and
  // a checksum of the body catches a file cut or garbled by a crash (the index is written
  // without fsync: it is derived, and a bad one is simply rebuilt).

  func serialized() -> [UInt8] {
    var body: [UInt8] = []
    body.reserveCapacity(idBytes.count + (starts.count + offsets.count) * 8 + documentOffsets.count * 80)
    body.append(contentsOf: idBytes)
    starts.withUnsafeBytes { body.append(contentsOf: $0) }
    offsets.withUnsafeBytes { body.append(contentsOf: $0) }
    for (id, offset) in documentOffsets.sorted(by: { $0.key < $1.key }) {
      body.append(contentsOf: Array("\(id) \(offset)\n".utf8))
    }
    let header = "\(Self.magic) \(ledgerLength) \(lastHash) \(count) \(offsets.count) \(Self.checksum(body[...]))\n"
    return Array(header.utf8) + body
  }

  /// FNV-1a over 8-byte words: not cryptographic, only a guard against torn or stale writes.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for i in 0..<words {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x100_0000_01b3
      }
      for i in (words * 8)..<raw.count {
        hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01b3
      }
    }
    return hash
  }

  /// Reads an index file; nil when it is unreadable or inconsistent (the caller rebuilds).
  init?(serialized data: [UInt8]) {
    guard let newline = data.firstIndex(of: 0x0A) else { return nil }
    let parts = data[..<newline].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    guard parts.count == 6, parts[0] == Self.magic, let length = Int(parts[1]), let claims = Int(parts[3]),
      let offsetCount = Int(parts[4]), claims >= 0, offsetCount >= 0,
      UInt64(parts[5]) == Self.checksum(data[(newline + 1)...])
    else { return nil }
    let idEnd = newline + 1 + claims * Self.idLength
    let startsEnd = idEnd + (claims + 1) * 8
    let offsetsEnd = startsEnd + offsetCount * 8
    guard offsetsEnd <= data.count else { return nil }
    ledgerLength = length
    lastHash = parts[2]
    idBytes = Array(data[(newline + 1)..<idEnd])
    starts = Self.integers(data[idEnd..<startsEnd])
    offsets = Self.integers(data[startsEnd..<offsetsEnd])
    guard starts.first == 0, starts.last == offsetCount else { return nil }
    for line in data[offsetsEnd...].split(separator: 0x0A) {
      let fields = line.split(separator: 0x20)
      guard fields.count == 2, let offset = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
      documentOffsets[String(decoding: fields[0], as: UTF8.self)] = offset
    }
  }

  private static func integers(_ bytes: ArraySlice<UInt8>) -> [Int] {
    var values = [Int](repeating: 0, count: bytes.count / 8)
    values.withUnsafeMutableBytes { target in bytes.withUnsafeBytes { target.copyMemory(from: $0) } }
    return values
  }
}
