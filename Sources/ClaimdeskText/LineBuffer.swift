/// Cuts decoded UTF-8 into lines. `\r\n` and a lone `\r` count as one newline, so the stored text
/// only ever holds `\n`. A line longer than `maxLine` is handed on in pieces (cut after a space
/// where possible) so that memory stays bounded whatever the input.
struct LineBuffer {
  static let maxLine = 4 << 20
  private var pending: [UInt8] = []

  /// Calls `body(line, terminated)` for each complete line; `terminated` is false for a piece of
  /// an over-long line (more of it follows) and for the last line when `final`.
  mutating func append(
    _ bytes: [UInt8], final: Bool, _ body: (ArraySlice<UInt8>, Bool) -> Void
  ) {
    pending.append(contentsOf: bytes)
    var consumed = 0
    var i = 0
    let n = pending.count
    pending.withUnsafeBufferPointer { b in
      while i < n {
        // Eight bytes at a time while none is below 0x0E (so neither \n nor \r).
        let limit = min(n, consumed + Self.maxLine)
        while i + 8 <= limit {
          let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
          if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
          i += 8
        }
        if i >= n { break }
        let c = b[i]
        if c == 0x0A || c == 0x0D {
          if c == 0x0D && i + 1 == n && !final { break }  // maybe the \r of a \r\n
          body(pending[consumed..<i], true)
          i += (c == 0x0D && i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
          consumed = i
        } else {
          i += 1
          if i - consumed >= Self.maxLine {
            let cut = Self.cutPoint(b, from: consumed, to: i)
            body(pending[consumed..<cut], false)
            consumed = cut
          }
        }
      }
    }
    if final {
      if consumed < pending.count { body(pending[consumed...], false) }
      pending = []
    } else {
      pending.removeFirst(consumed)
    }
  }

  /// Where to cut an over-long line: after the last space of its final 64 KB, else after the
  /// last ASCII byte (never inside a character or a combining sequence), else at `to`.
  private static func cutPoint(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    let floor = max(from + 1, to - 65_536)
    var k = to
    while k > floor {
      if b[k - 1] == 0x20 { return k }
      k -= 1
    }
    k = to
    while k > floor {
      if b[k] < 0x80 && b[k - 1] < 0x80 { return k }
      k -= 1
    }
    return to
  }
}
