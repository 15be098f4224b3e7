import ClaimdeskSupport
/// A string a claim holds: a String, or the bytes of a JSON string in the ledger that need no
/// unescaping (no backslash, valid UTF-8). A slice is decoded only when read, and written back
/// to JSON as the bytes it is: folding 100,000 claims then copies no sentence and allocates
/// nothing for it, which is most of what `list` and `verify` used to spend.
package struct LedgerText: Sendable, Equatable {
  private enum Storage: Sendable {
    case string(String)
    case slice(LedgerBytes, start: Int, end: Int)
  }

  private let storage: Storage

  init(_ string: String) { storage = .string(string) }

  /// `bytes[start..<end]` must be plain: valid UTF-8 without `"`, `\` or control characters,
  /// so that they are both the string's UTF-8 and its JSON encoding.
  init(plain bytes: LedgerBytes, start: Int, end: Int) { storage = .slice(bytes, start: start, end: end) }

  /// The ledger bytes a slice points into and where (nil for a String): what `TextArena` copies.
  var slice: (shared: LedgerBytes, range: Range<Int>)? {
    if case .slice(let shared, let start, let end) = storage { return (shared, start..<end) }
    return nil
  }

  var string: String {
    switch storage {
    case .string(let s): s
    case .slice(let shared, let start, let end):
      shared.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
  }

  /// Writes the JSON string: a slice as its bytes, a String escaped.
  package func write(to writer: inout JSONWriter) {
    switch storage {
    case .string(let s): writer.writeString(s)
    case .slice(let shared, let start, let end):
      shared.bytes.withUnsafeBufferPointer { writer.writeQuotedPlain(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
  }

  package static func == (a: LedgerText, b: LedgerText) -> Bool {
    if case .string(let x) = a.storage, case .string(let y) = b.storage { return x == y }
    return a.string == b.string
  }
}

extension JSONWriter {
  /// A JSON string whose content is already plain (see `LedgerText`).
  mutating func writeQuotedPlain(_ content: UnsafeBufferPointer<UInt8>) {
    writeRaw("\"")
    appendRaw(content)
    writeRaw("\"")
  }

  /// A ledger text, or null.
  package mutating func writeOptional(_ text: LedgerText?) {
    if let text { text.write(to: &self) } else { writeRaw("null") }
  }
}
