import ClaimdeskSupport
import Foundation

/// Whether JSON bytes are exactly what `JSONWriter` writes of the value `JSONParser` reads from
/// them: then they can be copied into output as they are instead of parsed and written again
/// (`list --json` writes every fetch record of the ledger). It accepts only the writer's own
/// layout, and anything it is unsure of is "no", which costs a parse, never other bytes:
/// no white space; object keys without escapes, in strictly increasing byte order (so none
/// repeats); integers without a sign on zero or leading zeros that fit an `Int` (no fraction
/// or exponent: the writer writes doubles its own way); strings of valid UTF-8 whose escapes
/// are the writer's (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, and `\u00xx` in lowercase for
/// other control characters) and nothing else escaped; `true`, `false`, `null`; nesting at
/// most `maximumDepth` deep.
enum CanonicalJSON {
  static let maximumDepth = 32

  static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var position = 0
    return value(bytes, &position, depth: 1) && position == bytes.count
  }

  static func isCanonical(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { isCanonical($0) } }

  private static func value(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int, depth: Int) -> Bool {
    guard p < b.count, depth <= maximumDepth else { return false }
    switch b[p] {
    case UInt8(ascii: "{"): return object(b, &p, depth: depth)
    case UInt8(ascii: "["): return array(b, &p, depth: depth)
    case UInt8(ascii: "\""): return string(b, &p) != nil
    case UInt8(ascii: "t"): return literal("true", b, &p)
    case UInt8(ascii: "f"): return literal("false", b, &p)
    case UInt8(ascii: "n"): return literal("null", b, &p)
    default: return integer(b, &p)
    }
  }

  private static func object(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int, depth: Int) -> Bool {
    p += 1
    if p < b.count, b[p] == UInt8(ascii: "}") {
      p += 1
      return true
    }
    var previous: Range<Int>?
    while true {
      guard let key = string(b, &p), key.plain, p < b.count, b[p] == UInt8(ascii: ":") else { return false }
      if let previous, !precedes(previous, key.content, in: b) { return false }
      previous = key.content
      p += 1
      guard value(b, &p, depth: depth + 1), p < b.count else { return false }
      p += 1
      switch b[p - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return true
      default: return false
      }
    }
  }

  private static func array(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int, depth: Int) -> Bool {
    p += 1
    if p < b.count, b[p] == UInt8(ascii: "]") {
      p += 1
      return true
    }
    while true {
      guard value(b, &p, depth: depth + 1), p < b.count else { return false }
      p += 1
      switch b[p - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "]"): return true
      default: return false
      }
    }
  }

  /// `a` sorts strictly before `c` by their bytes, as the writer sorts keys.
  private static func precedes(_ a: Range<Int>, _ c: Range<Int>, in b: UnsafeBufferPointer<UInt8>) -> Bool {
    UnsafeBufferPointer(rebasing: b[a]).lexicographicallyPrecedes(UnsafeBufferPointer(rebasing: b[c]))
  }

  /// The string at `p` (its content's range, and whether it has no escape), if the writer
  /// would write its value exactly so.
  private static func string(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> (content: Range<Int>, plain: Bool)? {
    guard p < b.count, b[p] == UInt8(ascii: "\"") else { return nil }
    let start = p + 1
    var i = start
    var plain = true
    while true {
      let rest = UnsafeBufferPointer(rebasing: b[i...])
      guard let k = JSONWriter.firstNeedingEscape(rest) else { return nil }
      i += k
      switch b[i] {
      case UInt8(ascii: "\""):
        let content = start..<i
        guard UTF8Validation.isValid(UnsafeBufferPointer(rebasing: b[content]), allowTruncatedEnd: false) else { return nil }
        p = i + 1
        return (content, plain)
      case UInt8(ascii: "\\"):
        plain = false
        guard let length = escapeLength(b, at: i) else { return nil }
        i += length
      default: return nil  // a raw control character: not JSON
      }
    }
  }

  /// The length of the escape at `i` if it is one the writer writes.
  private static func escapeLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    guard i + 1 < b.count else { return nil }
    switch b[i + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"),
      UInt8(ascii: "b"), UInt8(ascii: "f"):
      return 2
    case UInt8(ascii: "u"):
      // `\u00xx` for a control character the writer has no short escape for.
      guard i + 5 < b.count, b[i + 2] == UInt8(ascii: "0"), b[i + 3] == UInt8(ascii: "0"),
        let high = lowerHex(b[i + 4]), let low = lowerHex(b[i + 5])
      else { return nil }
      let scalar = high << 4 | low
      guard scalar < 0x20, ![0x08, 0x09, 0x0A, 0x0C, 0x0D].contains(scalar) else { return nil }
      return 6
    default: return nil
    }
  }

  private static func lowerHex(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  private static func literal(_ word: StaticString, _ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Bool {
    let n = word.utf8CodeUnitCount
    guard p + n <= b.count, memcmp(b.baseAddress! + p, word.utf8Start, n) == 0 else { return false }
    p += n
    return true
  }

  /// `0` or an optional `-` and digits not starting with 0, within `Int`, with no fraction or
  /// exponent after.
  private static func integer(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Bool {
    var i = p
    let negative = b[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    let first = i
    var value = 0
    while i < b.count, b[i] &- UInt8(ascii: "0") < 10 {
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(Int(b[i] &- UInt8(ascii: "0")))
      guard !o1, !o2 else { return false }
      value = sum
      i += 1
    }
    guard i > first, i - first == 1 || b[first] != UInt8(ascii: "0"), !(negative && value == 0) else { return false }
    if i < b.count, b[i] == UInt8(ascii: ".") || b[i] | 0x20 == UInt8(ascii: "e") { return false }
    p = i
    return true
  }
}
