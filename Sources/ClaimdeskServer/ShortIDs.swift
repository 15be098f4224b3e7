import ClaimdeskLedger

/// Each claim's short id, as `ClaimIDs.shortest` words it (the shortest prefix of at least six
/// digits that no other id shares), worked out when a page asks for one: a page shows 50, and
/// a table of all 100,000 (a String key and value each) cost a tenth of a second of the start.
/// Full ids are kept as sorted 128-bit numbers, whose neighbours give the prefix's length.
struct ShortIDs: Sendable, Equatable {
  /// Every id as two 64-bit halves, ascending; empty when `byText` is used.
  private var sorted: [Packed] = []
  /// The whole table, made at once, when some id is not a full id (32 lowercase hex digits).
  private var byText: [String: String]?

  private struct Packed: Sendable, Equatable, Comparable {
    var high: UInt64
    var low: UInt64
    static func < (a: Packed, b: Packed) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
  }

  init() {}

  init(_ ids: some Collection<String>) {
    sorted.reserveCapacity(ids.count)
    for id in ids {
      guard let key = Self.packed(id) else {
        sorted = []
        byText = ClaimIDs.shortest(Array(ids))
        return
      }
      sorted.append(key)
    }
    sorted.sort()
  }

  /// The short id of `id`; nil for an id that is not a claim's.
  subscript(id: String) -> String? {
    if let byText { return byText[id] }
    guard let key = Self.packed(id) else { return nil }
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < key { low = middle + 1 } else { high = middle }
    }
    guard low < sorted.count, sorted[low] == key else { return nil }
    var length = ClaimIDs.minimumShown
    if low > 0 { length = max(length, Self.sharedDigits(key, sorted[low - 1]) + 1) }
    if low + 1 < sorted.count { length = max(length, Self.sharedDigits(key, sorted[low + 1]) + 1) }
    return String(id.prefix(length))
  }

  /// How many leading hex digits two ids share.
  private static func sharedDigits(_ a: Packed, _ b: Packed) -> Int {
    let high = a.high ^ b.high
    return (high != 0 ? high.leadingZeroBitCount : 64 + (a.low ^ b.low).leadingZeroBitCount) / 4
  }

  /// A full id as two 64-bit halves; nil for anything else.
  private static func packed(_ id: String) -> Packed? {
    var key = Packed(high: 0, low: 0)
    var count = 0
    for c in id.utf8 {
      let digit: UInt64
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(c &- UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(c &- UInt8(ascii: "a") &+ 10)
      default: return nil
      }
      if count < 16 { key.high = key.high << 4 | digit } else if count < 32 { key.low = key.low << 4 | digit }
      count += 1
    }
    return count == 32 ? key : nil
  }
}
