/// Lists run together on one line: "1.) The first item 2.) The second item", "a. ... b. ...",
/// "• 9. ... • 10. ...". A paragraph that opens with an item marker is searched for the next
/// markers in sequence (2 after 1, b after a) or for more bullets; each new item starts a
/// sentence, and the period of a marker ("1.", "a.") never ends one.
struct ListMarkers {
  /// Where items after the first start.
  var breaks: [Int] = []
  /// Positions of the periods that belong to markers, ascending.
  var periods: [Int] = []

  static func find(_ b: UnsafeBufferPointer<UInt8>) -> ListMarkers {
    var result = ListMarkers()
    guard !b.isEmpty else { return result }
    if let bullet = bulletLength(b, at: 0) {
      let pattern = Array(b[0..<bullet])
      result.markerPeriod(b, after: bullet)
      var p = bullet
      while p + pattern.count <= b.count {
        if b[p] == pattern[0] && isSpace(b[p - 1]) && b[p..<p + pattern.count].elementsEqual(pattern) {
          result.breaks.append(p)
          result.markerPeriod(b, after: p + pattern.count)
          p += pattern.count
        } else {
          p += 1
        }
      }
      return result
    }
    guard let first = Marker.parse(b, at: 0) else { return result }
    if let period = first.period { result.periods.append(period) }
    var current = first
    var p = first.end
    while let nextValue = current.successor {
      guard let found = Marker.find(b, value: nextValue, style: current.style, from: p) else { break }
      result.breaks.append(found.start)
      if let period = found.period { result.periods.append(period) }
      current = found
      p = found.end
    }
    return result
  }

  /// "• 9. The first item": the number after a bullet is a marker too.
  private mutating func markerPeriod(_ b: UnsafeBufferPointer<UInt8>, after p: Int) {
    var q = p
    while q < b.count && b[q] == 0x20 { q += 1 }
    if let marker = Marker.parse(b, at: q), let period = marker.period { periods.append(period) }
  }

  /// •, ⁃, ▪, ◦, ‣ (the bullets that appear inline in running text).
  private static func bulletLength(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
    guard p + 2 < b.count, b[p] == 0xE2 else { return nil }
    switch (b[p + 1], b[p + 2]) {
    case (0x80, 0xA2), (0x81, 0x83), (0x96, 0xAA), (0x97, 0xA6), (0x80, 0xA3): return 3
    default: return nil
    }
  }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

  /// One item marker: a number (1-3 digits) or a lower-case letter, then ".", ")" or ".)", then a space.
  struct Marker {
    enum Value: Equatable {
      case number(Int)
      case letter(UInt8)
    }
    var start: Int
    var end: Int
    var value: Value
    var style: [UInt8]
    var period: Int?

    var successor: Value? {
      switch value {
      case .number(let v): return v < 999 ? .number(v + 1) : nil
      case .letter(let c): return c < UInt8(ascii: "z") ? .letter(c + 1) : nil
      }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Marker? {
      var p = start
      let value: Value
      if p < b.count && b[p] >= 0x30 && b[p] <= 0x39 {
        var v = 0
        while p < b.count && p - start < 3 && b[p] >= 0x30 && b[p] <= 0x39 {
          v = v * 10 + Int(b[p] - 0x30)
          p += 1
        }
        guard v > 0 else { return nil }
        value = .number(v)
      } else if p < b.count && b[p] >= UInt8(ascii: "a") && b[p] <= UInt8(ascii: "z") {
        value = .letter(b[p])
        p += 1
      } else {
        return nil
      }
      let styleStart = p
      var period: Int?
      if p < b.count && b[p] == UInt8(ascii: ".") {
        period = p
        p += 1
      }
      if p < b.count && b[p] == UInt8(ascii: ")") { p += 1 }
      guard p > styleStart, p < b.count, b[p] == 0x20 else { return nil }
      return Marker(start: start, end: p, value: value, style: Array(b[styleStart..<p]), period: period)
    }

    /// The next marker with this value and style after `from`, standing after white space.
    static func find(_ b: UnsafeBufferPointer<UInt8>, value: Value, style: [UInt8], from: Int) -> Marker? {
      let first: UInt8
      switch value {
      case .number(let v): first = Array(String(v).utf8)[0]
      case .letter(let c): first = c
      }
      var p = max(from, 1)
      while p < b.count {
        if b[p] == first && isSpace(b[p - 1]), let marker = parse(b, at: p), marker.value == value,
          marker.style == style
        {
          return marker
        }
        p += 1
      }
      return nil
    }
  }
}
