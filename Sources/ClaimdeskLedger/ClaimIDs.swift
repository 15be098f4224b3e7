import ClaimdeskSupport
/// Claim ids: content-derived (the same sentence of the same document always gets the same id),
/// 128 bits stored in full, shown as the shortest unique prefix of at least 6 digits, as git does.
public enum ClaimIDs {
  public static let minimumShown = 6

  /// The id of a claim extracted from `document` at `span`, or entered by hand when `document` is nil.
  public static func derive(document: String?, span: Range<Int>?, text: String, speaker: String?) -> String {
    var key = "claimdesk-claim-v1\n"
    key += (document ?? "manual") + "\n"
    key += span.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "-"
    key += "\n" + (document == nil ? (speaker ?? "") + "\n" : "") + text
    return String(Hashing.sha256Hex(key).prefix(32))
  }

  /// The shortest prefix (at least 6 digits) that tells each id apart from all others.
  public static func shortest(_ ids: [String]) -> [String: String] {
    // Full ids sort as 128-bit numbers, and two share as many digits as their XOR has leading
    // zero nibbles: several times faster than sorting 100,000 strings.
    var keys: [(high: UInt64, low: UInt64, index: Int)] = []
    keys.reserveCapacity(ids.count)
    for (index, id) in ids.enumerated() {
      guard let (high, low) = packed(id) else { return shortestByText(ids) }
      keys.append((high, low, index))
    }
    keys.sort { $0.high != $1.high ? $0.high < $1.high : $0.low < $1.low }
    func shared(_ a: Int, _ b: Int) -> Int {
      let high = keys[a].high ^ keys[b].high
      return (high != 0 ? high.leadingZeroBitCount : 64 + (keys[a].low ^ keys[b].low).leadingZeroBitCount) / 4
    }
    var result: [String: String] = [:]
    result.reserveCapacity(keys.count)
    for i in keys.indices {
      var length = minimumShown
      if i > 0 { length = max(length, shared(i, i - 1) + 1) }
      if i + 1 < keys.count { length = max(length, shared(i, i + 1) + 1) }
      let id = ids[keys[i].index]
      result[id] = String(id.prefix(length))
    }
    return result
  }

  /// A full id as two 64-bit halves; nil for anything else.
  private static func packed(_ id: String) -> (UInt64, UInt64)? {
    guard isFullID(id) else { return nil }
    var halves: (UInt64, UInt64) = (0, 0)
    for (i, c) in id.utf8.enumerated() {
      let digit = UInt64(c <= 57 ? c - 48 : c - 87)
      if i < 16 { halves.0 = halves.0 << 4 | digit } else { halves.1 = halves.1 << 4 | digit }
    }
    return halves
  }

  static func shortestByText(_ ids: [String]) -> [String: String] {
    let sorted = ids.sorted()
    var result: [String: String] = [:]
    result.reserveCapacity(sorted.count)
    for (i, id) in sorted.enumerated() {
      var length = minimumShown
      if i > 0 { length = max(length, commonPrefixLength(id, sorted[i - 1]) + 1) }
      if i + 1 < sorted.count { length = max(length, commonPrefixLength(id, sorted[i + 1]) + 1) }
      result[id] = String(id.prefix(length))
    }
    return result
  }

  /// A full id as `derive` makes them: 32 lowercase hex digits (the index relies on the length).
  static func isFullID(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.count == 32 && Hashing.isLowercaseHex($0) }
  }

  /// Checks that `text` can be an id prefix and lowercases it.
  static func normalisedPrefix(_ text: String) throws -> String {
    let lower = text.lowercased()
    guard lower.utf8.count >= 4, lower.utf8.count <= 32,
      Hashing.isLowercaseHex(lower.utf8)
    else { throw LedgerError.invalidClaimID(text) }
    return lower
  }

  static func commonPrefixLength(_ a: String, _ b: String) -> Int {
    var n = 0
    for (x, y) in zip(a.utf8, b.utf8) {
      guard x == y else { break }
      n += 1
    }
    return n
  }
}
