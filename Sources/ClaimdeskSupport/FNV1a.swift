/// 64-bit FNV-1a, the one stable word hash of the engine: the lexicon's keys, the
/// check-worthiness features (the shipped weights are indexed by it) and furniture class names.
/// Stable across runs and platforms, unlike `Hasher`. Inlinable: tokenizers call it per byte.
public enum FNV1a {
  @inlinable public static var offset: UInt64 { 0xcbf2_9ce4_8422_2325 }
  @inlinable public static var prime: UInt64 { 0x100_0000_01b3 }

  @inlinable @inline(__always)
  public static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// `add` with ASCII capitals lower-cased first.
  @inlinable @inline(__always)
  public static func addLowercased(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    add(hash, byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
  }

  /// The hash of a word with its ASCII capitals lower-cased.
  @inlinable
  public static func lowercased<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash = offset
    for byte in bytes { hash = addLowercased(hash, byte) }
    return hash
  }
}
