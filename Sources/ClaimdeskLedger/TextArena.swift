import Foundation

/// One buffer for the texts of the claims a fold has just added, copied out of the ledger bytes
/// they were sliced from (see `LedgerText`): a fold that keeps its state (the server's) then holds
/// about a third of the ledger's bytes instead of all of them, and reads the ledger a chunk at a
/// time. A text found inside one already copied (a claim's text in its sentence, a sentence
/// repeated) is not copied again.
struct TextArena {
  private(set) var bytes: [UInt8] = []

  /// Where `text` now lies in `bytes`, copied unless it lies within `container` (a range of
  /// `bytes`); nil for a text held as a String.
  mutating func add(_ text: LedgerText?, within container: Range<Int>? = nil) -> Range<Int>? {
    guard let (shared, range) = text?.slice else { return nil }
    return shared.bytes.withUnsafeBufferPointer { all in
      let source = UnsafeBufferPointer(rebasing: all[range])
      if let container, let found = find(source, in: container) { return found }
      let start = bytes.count
      bytes.append(contentsOf: source)
      return start..<bytes.count
    }
  }

  /// Where `needle` occurs in `bytes[container]`, if it does.
  private func find(_ needle: UnsafeBufferPointer<UInt8>, in container: Range<Int>) -> Range<Int>? {
    guard needle.count <= container.count else { return nil }
    if needle.isEmpty { return container.lowerBound..<container.lowerBound }
    return bytes.withUnsafeBufferPointer { all -> Range<Int>? in
      // Each place the first byte occurs, compared whole (Glibc's memmem is not visible to Swift).
      let base = all.baseAddress!
      var at = container.lowerBound
      let last = container.upperBound - needle.count
      while at <= last {
        guard let hit = memchr(base + at, Int32(needle[0]), last - at + 1) else { return nil }
        let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + start, needle.baseAddress!, needle.count) == 0 { return start..<(start + needle.count) }
        at = start + 1
      }
      return nil
    }
  }
}
