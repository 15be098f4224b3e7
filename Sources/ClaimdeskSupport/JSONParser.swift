/// A JSON syntax error at a byte offset of the input.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible, Sendable {
  public let offset: Int
  public let reason: String
  public var description: String { "invalid JSON at byte \(offset + 1): \(reason)" }
}

/// Parses JSON from UTF-8 bytes by hand: the ledger is read on every command, and `JSONDecoder`
/// (about 18 MB/s here) would dominate `list` and `verify`.
public struct JSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var depth = 0
  private static let maximumDepth = 512
  /// Members of the objects being parsed, innermost last: one buffer reused for every object,
  /// so that each dictionary is built once at its final size instead of growing and rehashing.
  private var pendingMembers: [(String, JSONValue)] = []

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Parses one whole JSON document; trailing bytes other than white space are an error.
  /// Throws `JSONSyntaxError`.
  public static func parse<Bytes: Collection>(_ input: Bytes) throws -> JSONValue
  where Bytes.Element == UInt8 {
    if let result = input.withContiguousStorageIfAvailable({ buffer in Result { try parseBuffer(buffer) } }) {
      return try result.get()
    }
    return try Array(input).withUnsafeBufferPointer { try parseBuffer($0) }
  }

  public static func parse(_ text: String) throws -> JSONValue {
    var text = text
    return try text.withUTF8 { try parseBuffer($0) }
  }

  private static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
    var parser = JSONParser(buffer)
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.position == buffer.count else { throw parser.error("unexpected data after the value") }
    return value
  }

  /// Parses the one value that starts at `position` of `buffer` (no white space around it) and
  /// moves `position` past it, as if it were nested `depth` levels deep. For callers that read
  /// the members around it themselves (the ledger's event lines).
  package static func value(in buffer: UnsafeBufferPointer<UInt8>, at position: inout Int, depth: Int) throws -> JSONValue {
    var parser = JSONParser(buffer)
    parser.position = position
    parser.depth = depth
    let value = try parser.parseValue()
    position = parser.position
    return value
  }

  private func error(_ reason: String) -> JSONSyntaxError { JSONSyntaxError(offset: position, reason: reason) }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws -> JSONValue {
    guard position < bytes.count else { throw error("unexpected end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected character")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws {
    for b in literal.utf8 {
      guard position < bytes.count, bytes[position] == b else { throw error("invalid literal") }
      position += 1
    }
  }

  private mutating func enter() throws {
    depth += 1
    if depth > Self.maximumDepth { throw error("nested deeper than \(Self.maximumDepth) levels") }
  }

  private mutating func parseObject() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object([:])
    }
    let first = pendingMembers.count
    defer { pendingMembers.removeSubrange(first...) }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
      let key = try parseString()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
      position += 1
      skipWhitespace()
      let value = try parseValue()
      pendingMembers.append((key, value))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        var members = [String: JSONValue](minimumCapacity: pendingMembers.count - first)
        // A repeated key keeps its last value, as plain assignment in order would.
        for (key, value) in pendingMembers[first...] { members[key] = value }
        return .object(members)
      } else {
        throw error("expected ',' or '}'")
      }
    }
  }

  private mutating func parseArray() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    position += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      } else {
        throw error("expected ',' or ']'")
      }
    }
  }

  private mutating func parseString() throws -> String {
    position += 1
    let start = position
    // Fast path: no escapes, which is nearly every string in a ledger.
    while position < bytes.count {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return s
      }
      if b == UInt8(ascii: "\\") { break }
      if b < 0x20 { throw error("control character in string") }
      position += 1
    }
    var out = Array(bytes[start..<position])
    while position < bytes.count {
      let b = bytes[position]
      switch b {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        position += 1
        guard position < bytes.count else { throw error("unexpected end of input") }
        let e = bytes[position]
        position += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4()
          if (0xD800..<0xDC00).contains(scalar) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate") }
            position += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
          out.append(contentsOf: Array(String(Character(u)).utf8))
        default: throw error("invalid escape")
        }
      default:
        if b < 0x20 { throw error("control character in string") }
        out.append(b)
        position += 1
      }
    }
    throw error("unterminated string")
  }

  private mutating func parseHex4() throws -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("unexpected end of input") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[position]
      let d: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 48)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 87)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - 55)
      default: throw error("invalid \\u escape")
      }
      v = v << 4 | d
      position += 1
    }
    return v
  }

  private mutating func parseNumber() throws -> JSONValue {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    var isInteger = true
    var sawDigit = false
    while position < bytes.count {
      let b = bytes[position]
      if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        sawDigit = true
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
        || ((b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) && position > start)
      {
        isInteger = false
      } else {
        break
      }
      position += 1
    }
    guard sawDigit else { throw error("invalid number") }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    if isInteger, let i = Int(text) { return .int(i) }
    guard let d = Double(text) else { throw error("invalid number") }
    return .double(d)
  }
}
