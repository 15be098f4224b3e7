/// A machine-readable line of a worksheet: `<!-- claimdesk:NAME key=value ... -->`. Markdown
/// renderers hide it; `WorksheetReader` finds the claims and their verdict sections by it.
/// Values are percent-encoded outside a small safe set, so no value can end the comment.
struct WorksheetMarker: Equatable {
  var name: String
  /// In the order written (rendering is deterministic).
  var attributes: [(key: String, value: String)]

  static let prefix = "<!-- claimdesk:"

  init(_ name: String, _ attributes: [(key: String, value: String)] = []) {
    self.name = name
    self.attributes = attributes
  }

  subscript(key: String) -> String? { attributes.first { $0.key == key }?.value }

  var line: String {
    var out = Self.prefix + name
    for (key, value) in attributes { out += " " + key + "=" + Self.encode(value) }
    return out + " -->"
  }

  static func == (a: WorksheetMarker, b: WorksheetMarker) -> Bool {
    a.name == b.name && a.attributes.map(\.key) == b.attributes.map(\.key)
      && a.attributes.map(\.value) == b.attributes.map(\.value)
  }

  /// Why a marker line could not be read; the reader adds the place.
  enum ParseFailure: Error, Equatable {
    case unterminated
    case malformedAttribute(String)
    case badEncoding(String)
  }

  /// Parses a line that starts with `prefix`.
  static func parse(_ line: Substring) throws(ParseFailure) -> WorksheetMarker {
    var body = line.dropFirst(prefix.count)
    while body.last == " " || body.last == "\t" { body = body.dropLast() }
    guard body.hasSuffix("-->") else { throw .unterminated }
    body = body.dropLast(3)
    let words = body.split(separator: " ", omittingEmptySubsequences: true)
    guard let name = words.first else { throw .malformedAttribute("") }
    var attributes: [(key: String, value: String)] = []
    for word in words.dropFirst() {
      guard let eq = word.firstIndex(of: "="), eq != word.startIndex else {
        throw .malformedAttribute(String(word))
      }
      guard let value = decode(word[word.index(after: eq)...]) else { throw .badEncoding(String(word)) }
      attributes.append((String(word[..<eq]), value))
    }
    return WorksheetMarker(String(name), attributes)
  }

  static func encode(_ value: String) -> String {
    var out: [UInt8] = []
    for b in value.utf8 {
      if isSafe(b) {
        out.append(b)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hex(b >> 4))
        out.append(hex(b & 0xF))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func decode(_ text: Substring) -> String? {
    var out: [UInt8] = []
    var it = Array(text.utf8)[...]
    while let b = it.popFirst() {
      if b == UInt8(ascii: "%") {
        guard let h = it.popFirst().flatMap(unhex), let l = it.popFirst().flatMap(unhex) else { return nil }
        out.append(h << 4 | l)
      } else {
        guard isSafe(b) else { return nil }
        out.append(b)
      }
    }
    return String(validating: out, as: UTF8.self)
  }

  /// Letters, digits and `-._:/+@`; never `>`, space or `%`.
  private static func isSafe(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "@"):
      return true
    default: return false
    }
  }

  private static func hex(_ v: UInt8) -> UInt8 { v < 10 ? v + 48 : v + 55 }

  private static func unhex(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - 48
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - 55
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - 87
    default: return nil
    }
  }
}
