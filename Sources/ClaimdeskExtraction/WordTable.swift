/// A read-only open-addressing map keyed by `WordHash` values. The keys are hashes already, so a
/// lookup is a multiply and a probe, where `Dictionary` would run SipHash over them again (which
/// showed up in profiles of the tokenizer). Key 0 (punctuation) is never present.
struct WordTable<Value> {
  private var keys: [UInt64]
  private var values: [Value]
  private let shift: UInt64
  private let mask: Int

  init(_ entries: [UInt64: Value], filler: Value) {
    var bits: UInt64 = 4
    while (1 << bits) < entries.count * 4 { bits += 1 }
    let size = 1 << Int(bits)
    shift = 64 - bits
    mask = size - 1
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: filler, count: size)
    for (key, value) in entries where key != 0 {
      var i = Self.slot(key, shift)
      while keys[i] != 0 { i = (i + 1) & mask }
      keys[i] = key
      values[i] = value
    }
  }

  @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  func lookup(_ key: UInt64) -> Value? {
    guard key != 0 else { return nil }
    var i = Self.slot(key, shift)
    while true {
      let k = keys[i]
      if k == key { return values[i] }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}

extension WordTable: Sendable where Value: Sendable {}
