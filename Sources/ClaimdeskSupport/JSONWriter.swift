/// Writes JSON straight into bytes: canonical (keys sorted by UTF-8 bytes, no insignificant
/// whitespace, `/` unescaped, non-ASCII raw), and several times faster than `JSONEncoder`.
public struct JSONWriter {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

  /// The canonical encoding of one value.
  public static func encode(_ value: JSONValue) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(value)
    return writer.bytes
  }

  /// The canonical encoding as a String.
  public static func string(_ value: JSONValue) -> String {
    String(decoding: encode(value), as: UTF8.self)
  }

  public mutating func write(_ value: JSONValue) {
    switch value {
    case .null: append("null")
    case .bool(let b): append(b ? "true" : "false")
    case .int(let i): append(String(i))
    case .double(let d): writeDouble(d)
    case .string(let s): writeString(s)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        write(item)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      // Sorts the members themselves, so no value is looked up again by its key.
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (i, member) in sorted.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        writeString(member.key)
        bytes.append(UInt8(ascii: ":"))
        write(member.value)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  public mutating func writeString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    // Native strings lend their UTF-8 as they are; `var s = s; s.withUTF8` would retain a copy.
    if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
      var s = s
      s.withUTF8 { appendEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// A string's content, escaped.
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    if !Self.needsEscaping(utf8) {
      bytes.append(contentsOf: utf8)
      return
    }
    // Copy runs that need no escaping in bulk.
    var runStart = 0
    for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
      appendEscape(b)
      runStart = i + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }

  /// Whether any byte is a control character, a quote or a backslash.
  static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool { firstNeedingEscape(utf8) != nil }

  /// Where the first control character, quote or backslash is: eight bytes at a time, by
  /// exact bit tricks (a byte below 0x20; a byte equal to 0x22 or 0x5C), then byte by byte
  /// within the word that has one.
  package static func firstNeedingEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = utf8.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= utf8.count {
      let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      if JSONWordScan.escapeMarks(w) & JSONWordScan.highs != 0 { break }
      i += 8
    }
    while i < utf8.count {
      let c = utf8[i]
      if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return i }
      i += 1
    }
    return nil
  }

  private mutating func appendEscape(_ b: UInt8) {
    switch b {
    case UInt8(ascii: "\""): append("\\\"")
    case UInt8(ascii: "\\"): append("\\\\")
    case 0x0A: append("\\n")
    case 0x0D: append("\\r")
    case 0x09: append("\\t")
    case 0x08: append("\\b")
    case 0x0C: append("\\f")
    default:
      append("\\u00")
      bytes.append(Self.hexDigit(b >> 4))
      bytes.append(Self.hexDigit(b & 0xF))
    }
  }

  /// Appends bytes that are already JSON (a key with its colon, a bracket): for writers that
  /// lay out a known object in canonical key order without building a `JSONValue`.
  package mutating func writeRaw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends bytes that are already JSON (a value copied from a ledger line).
  package mutating func appendRaw(_ raw: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: raw) }

  /// Starts empty again, keeping the capacity: for writers that send large output in pieces.
  public mutating func clear() { bytes.removeAll(keepingCapacity: true) }

  /// A string, or null.
  package mutating func writeOptional(_ s: String?) {
    if let s { writeString(s) } else { append("null") }
  }

  /// An array of strings.
  package mutating func writeStrings(_ items: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (i, item) in items.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      writeString(item)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  package mutating func writeInt(_ i: Int) { append(String(i)) }

  private mutating func writeDouble(_ d: Double) {
    guard d.isFinite else { return append("null") }
    if d == d.rounded(), abs(d) < 1e15 { return append(String(Int(d))) }
    append("\(d)")
  }

  private mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

  package static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? v + 48 : v + 87 }
}
