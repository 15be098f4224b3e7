/// The index's arrays through pointers, for readers on several threads at once: reading an
/// array retains its buffer, and threads retaining one buffer contend for its cache line.
extension LedgerIndex {
  struct View {
    let ids: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int>
    let offsets: UnsafeBufferPointer<Int>
    let scores: UnsafeBufferPointer<Int>

    var count: Int { starts.count - 1 }

    func id(at i: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: ids[(i * idLength)..<((i + 1) * idLength)]), as: UTF8.self)
    }

    /// Where claim `i`'s events start in the ledger, in ledger order.
    func eventOffsets(at i: Int) -> UnsafeBufferPointer<Int> {
      UnsafeBufferPointer(rebasing: offsets[starts[i]..<starts[i + 1]])
    }

    /// The shortest unique prefix of claim `i`'s id, from its neighbours in sorted order.
    func shortID(at i: Int) -> String {
      func common(_ j: Int) -> Int {
        var n = 0
        while n < idLength, ids[i * idLength + n] == ids[j * idLength + n] { n += 1 }
        return n
      }
      var length = ClaimIDs.minimumShown
      if i > 0 { length = max(length, common(i - 1) + 1) }
      if i + 1 < count { length = max(length, common(i + 1) + 1) }
      return String(decoding: UnsafeBufferPointer(rebasing: ids[(i * idLength)..<(i * idLength + min(length, idLength))]), as: UTF8.self)
    }
  }

  func withView<R>(_ body: (View) throws -> R) rethrows -> R {
    try idBytes.withUnsafeBufferPointer { ids in
      try starts.withUnsafeBufferPointer { starts in
        try offsets.withUnsafeBufferPointer { offsets in
          try scores.withUnsafeBufferPointer { scores in
            try body(View(ids: ids, starts: starts, offsets: offsets, scores: scores))
          }
        }
      }
    }
  }
}

private let idLength = LedgerIndex.idLength
