/// Eight bytes of JSON string content at a time, by bit tricks (a byte below 0x20; a byte equal
/// to 0x22 or 0x5C): how the ledger's writer and reader pass over plain runs of a string.
package enum JSONWordScan {
  /// Every byte's high bit set.
  package static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `word` that is a control character, a quote or a backslash
  /// (borrows may also mark bytes above the first such byte: callers only ask "none?" and then
  /// look byte by byte). Mask with `highs`.
  @inlinable @inline(__always)
  package static func escapeMarks(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let q = word ^ (0x22 &* ones)
    let b = word ^ (0x5C &* ones)
    let control = (word &- 0x20 &* ones) & ~word
    let quote = (q &- ones) & ~q
    let backslash = (b &- ones) & ~b
    return control | quote | backslash
  }
}
