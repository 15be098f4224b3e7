import Foundation

/// A derived, rebuildable index: claim id -> byte offsets of the events that concern it, plus
/// document id -> offset of its `document.added`. It is valid for a ledger of `ledgerLength`
/// bytes whose last event has `lastHash`; anything else makes it catch up or rebuild.
/// Kept in `claims/index` (git-ignored); deleting it is always safe.
struct LedgerIndex: Sendable {
  var ledgerLength = 0
  var lastHash = EventLine.genesis
  /// Sorted claim ids (32 hex digits) and each one's event offsets, in ledger order.
  var claimIDs: [String] = []
  var claimOffsets: [[Int]] = []
  var documentOffsets: [String: Int] = [:]

  private static let magic = "claimdesk-index-1"

  /// Offsets of a claim's events, if the id is known.
  func offsets(of id: String) -> [Int]? {
    let i = lowerBound(id)
    return i < claimIDs.count && claimIDs[i] == id ? claimOffsets[i] : nil
  }

  /// Full ids that start with `prefix`.
  func ids(withPrefix prefix: String) -> [String] {
    var result: [String] = []
    var i = lowerBound(prefix)
    while i < claimIDs.count, claimIDs[i].hasPrefix(prefix) {
      result.append(claimIDs[i])
      i += 1
    }
    return result
  }

  /// The shortest unique prefix of one id, from its neighbours in sorted order.
  func shortID(_ id: String) -> String {
    let i = lowerBound(id)
    var length = ClaimIDs.minimumShown
    if i > 0 { length = max(length, ClaimIDs.commonPrefixLength(id, claimIDs[i - 1]) + 1) }
    if i + 1 < claimIDs.count { length = max(length, ClaimIDs.commonPrefixLength(id, claimIDs[i + 1]) + 1) }
    return String(id.prefix(length))
  }

  private func lowerBound(_ key: String) -> Int {
    var low = 0
    var high = claimIDs.count
    while low < high {
      let mid = (low + high) / 2
      if claimIDs[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Adds the events in `bytes` (complete lines starting at ledger offset `base`).
  mutating func add(_ bytes: ArraySlice<UInt8>, base: Int) {
    var pending: [String: [Int]] = [:]
    var lastLine: Range<Int>?
    Array(bytes).withUnsafeBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        var end = start
        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
        guard end < buffer.count else { break }
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
    for (id, offsets) in pending {
      let i = lowerBound(id)
      if i < claimIDs.count, claimIDs[i] == id {
        claimOffsets[i].append(contentsOf: offsets)
      } else {
        claimIDs.insert(id, at: i)
        claimOffsets.insert(offsets, at: i)
      }
    }
  }

  /// The top-level `claim` member of a canonical line. Keys are sorted, so it stands before
  /// the first `"data":` (the keys before it, actor and at, hold strings, where quotes are escaped).
  static func topLevelClaimID(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    guard let data = find(Array(#""data":"#.utf8), in: line, from: 0) else { return nil }
    let key = Array(#""claim":""#.utf8)
    guard let at = find(key, in: UnsafeBufferPointer(rebasing: line[0..<data]), from: 0) else { return nil }
    let start = at + key.count
    guard let end = line[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
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

  // MARK: - File form: a small text header, then one line per claim and per document.

  func serialized() -> [UInt8] {
    var out = Array("\(Self.magic) \(ledgerLength) \(lastHash)\n".utf8)
    out.reserveCapacity(claimIDs.count * 48)
    for (id, offsets) in zip(claimIDs, claimOffsets) {
      out.append(UInt8(ascii: "c"))
      out.append(contentsOf: Array(id.utf8))
      for offset in offsets {
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: Array(String(offset).utf8))
      }
      out.append(0x0A)
    }
    for (id, offset) in documentOffsets.sorted(by: { $0.key < $1.key }) {
      out.append(contentsOf: Array("d\(id) \(offset)\n".utf8))
    }
    return out
  }

  init() {}

  /// Reads an index file; nil when absent or unreadable (the caller rebuilds).
  init?(serialized data: [UInt8]) {
    var lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
    guard let header = lines.popFirst() else { return nil }
    let parts = header.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    guard parts.count == 3, parts[0] == Self.magic, let length = Int(parts[1]) else { return nil }
    ledgerLength = length
    lastHash = parts[2]
    claimIDs.reserveCapacity(lines.count)
    claimOffsets.reserveCapacity(lines.count)
    for line in lines {
      let fields = line.dropFirst().split(separator: 0x20)
      guard let first = fields.first else { return nil }
      let id = String(decoding: first, as: UTF8.self)
      let offsets = fields.dropFirst().compactMap { Int(String(decoding: $0, as: UTF8.self)) }
      switch line.first {
      case UInt8(ascii: "c"):
        claimIDs.append(id)
        claimOffsets.append(offsets)
      case UInt8(ascii: "d"):
        documentOffsets[id] = offsets.first ?? 0
      default:
        return nil
      }
    }
  }
}
