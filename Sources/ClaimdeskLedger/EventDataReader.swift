import Foundation
import ClaimdeskSupport

/// Reads an event's `data` object as the writer lays it out (compact, each key once) straight
/// from the ledger's bytes, for the ops that make up nearly every line. Any surprise (white
/// space, an escaped key, a repeated key, a value of another type) returns nil, and the caller
/// parses the data with `JSONParser` instead, which decides and words errors as it always did.
struct EventDataReader {
  private let buffer: UnsafeBufferPointer<UInt8>
  /// Where slices point; nil reads every string as a String.
  private let shared: LedgerBytes?
  private var position: Int
  private let end: Int

  /// `range` is the data object, braces included, in `buffer` (which `shared` holds, if given).
  init(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, shared: LedgerBytes?) {
    self.buffer = buffer
    self.shared = shared
    position = range.lowerBound
    end = range.upperBound
  }

  /// Where reading has got to.
  var offset: Int { position }

  /// Calls `member` with each key; it must read the value (or `skip()` it) and return false on a
  /// surprise. Returns false on any surprise, true when the object ended exactly at the range end.
  mutating func members(_ member: (_ key: Key, _ reader: inout EventDataReader) -> Bool) -> Bool {
    membersToClose(member) == end
  }

  /// Reads the object at `position` member by member: one past its closing brace, or nil on any
  /// surprise.
  private mutating func membersToClose(_ member: (_ key: Key, _ reader: inout EventDataReader) -> Bool) -> Int? {
    guard position < end, buffer[position] == UInt8(ascii: "{") else { return nil }
    position += 1
    if position < end, buffer[position] == UInt8(ascii: "}") { return position + 1 }
    var seen = SeenKeys()
    while true {
      guard let key = readKey(), seen.insert(key), member(key, &self), position < end else { return nil }
      switch buffer[position] {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"): return position + 1
      default: return nil
      }
    }
  }

  /// A member name: one the frequent ops use, or any other (kept for the duplicate check).
  enum Key: Equatable {
    case known(KnownKey)
    case other(String)
  }

  enum KnownKey: Int, CaseIterable {
    case text, sentence, contextBefore, contextAfter, span, start, end, score, kinds, speaker, hedges
    case cues, kind, value, suggestedSources, status, note, reference, from
    /// Read by no op, but in every `claim.added`: known, so that it is not kept as an `other`.
    case origin
    /// What the fold reads of `source.fetched` (`SourceFetchedData`).
    case url, outcome, httpStatus, truncated, error, category
    /// What `SourceFetch.passages` reads of a fetch record (`PassageRecord.reading`).
    case passages, matchedTerms, paragraph, contradiction

    var name: String {
      switch self {
      case .contextBefore: "context_before"
      case .contextAfter: "context_after"
      case .suggestedSources: "suggested_sources"
      case .httpStatus: "http_status"
      case .matchedTerms: "matched_terms"
      default: "\(self)"
      }
    }

    /// The key these bytes name, if any: a switch on the length, then a compare with static
    /// strings (a table of arrays would retain each array it looks at, for every key read).
    /// A test checks it against `name` for every case.
    static func named(_ p: UnsafePointer<UInt8>, count: Int) -> KnownKey? {
      func matches(_ s: StaticString) -> Bool { memcmp(p, s.utf8Start, count) == 0 }
      switch count {
      case 3: return matches("end") ? .end : matches("url") ? .url : nil
      case 4:
        return matches("text") ? .text : matches("span") ? .span : matches("cues") ? .cues : matches("kind") ? .kind
          : matches("note") ? .note : matches("from") ? .from : nil
      case 5:
        return matches("start") ? .start : matches("score") ? .score : matches("kinds") ? .kinds : matches("value") ? .value
          : matches("error") ? .error : nil
      case 6: return matches("hedges") ? .hedges : matches("status") ? .status : matches("origin") ? .origin : nil
      case 7: return matches("speaker") ? .speaker : matches("outcome") ? .outcome : nil
      case 8: return matches("sentence") ? .sentence : matches("category") ? .category : matches("passages") ? .passages : nil
      case 9:
        return matches("reference") ? .reference : matches("truncated") ? .truncated : matches("paragraph") ? .paragraph : nil
      case 11: return matches("http_status") ? .httpStatus : nil
      case 13:
        return matches("context_after") ? .contextAfter : matches("matched_terms") ? .matchedTerms
          : matches("contradiction") ? .contradiction : nil
      case 14: return matches("context_before") ? .contextBefore : nil
      case 17: return matches("suggested_sources") ? .suggestedSources : nil
      default: return nil
      }
    }
  }

  /// The keys an object has had so far (a repeated key is the parser's business).
  private struct SeenKeys {
    private var known: UInt32 = 0
    private var others: [String] = []

    mutating func insert(_ key: Key) -> Bool {
      switch key {
      case .known(let k):
        let bit = UInt32(1) << k.rawValue
        defer { known |= bit }
        return known & bit == 0
      case .other(let name):
        if others.contains(name) { return false }
        others.append(name)
        return true
      }
    }
  }

  private mutating func readKey() -> Key? {
    guard let (start, stop, plain) = scanString(), plain else { return nil }
    position = stop + 1
    guard position < end, buffer[position] == UInt8(ascii: ":") else { return nil }
    position += 1
    if let known = KnownKey.named(buffer.baseAddress! + start, count: stop - start) { return .known(known) }
    return .other(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<stop]), as: UTF8.self))
  }

  /// A string value as a slice of the ledger when it is plain, else decoded.
  mutating func text() -> LedgerText? {
    guard let shared, let (start, stop, plain) = scanString(), plain else { return string().map(LedgerText.init) }
    position = stop + 1
    return LedgerText(plain: shared, start: start, end: stop)
  }

  mutating func string() -> String? {
    guard let (start, stop, plain) = scanString() else { return nil }
    guard plain else {
      // Escapes: the parser decodes them (and rejects what is not JSON).
      guard case .string(let s)? = try? JSONParser.value(in: buffer, at: &position, depth: 2) else { return nil }
      return s
    }
    position = stop + 1
    return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<stop]), as: UTF8.self)
  }

  /// A string, or nil for JSON null (`.some(nil)`); nil for anything else.
  mutating func optionalString() -> String?? {
    if readNull() { return .some(nil) }
    return string().map { .some($0) }
  }

  mutating func optionalText() -> LedgerText?? {
    if readNull() { return .some(nil) }
    return text().map { .some($0) }
  }

  mutating func int() -> Int? {
    var i = position
    let negative = i < end && buffer[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    let first = i
    var value = 0
    while i < end, buffer[i] &- 48 < 10 {
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(Int(buffer[i] &- 48))
      guard !o1, !o2 else { return nil }
      value = sum
      i += 1
    }
    // JSON has no leading zeros; a fraction or exponent is the parser's business.
    guard i > first, i - first == 1 || buffer[first] != UInt8(ascii: "0") else { return nil }
    if i < end, buffer[i] == UInt8(ascii: ".") || buffer[i] | 0x20 == UInt8(ascii: "e") { return nil }
    position = i
    return negative ? -value : value
  }

  mutating func strings() -> [String]? {
    var items: [String] = []
    guard elements({ reader in
      guard let s = reader.string() else { return false }
      items.append(s)
      return true
    }) else { return nil }
    return items
  }

  /// Calls `element` for each element of an array; false on any surprise.
  mutating func elements(_ element: (inout EventDataReader) -> Bool) -> Bool {
    guard position < end, buffer[position] == UInt8(ascii: "[") else { return false }
    position += 1
    if position < end, buffer[position] == UInt8(ascii: "]") {
      position += 1
      return true
    }
    while true {
      guard element(&self), position < end else { return false }
      position += 1
      switch buffer[position - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "]"): return true
      default: return false
      }
    }
  }

  /// An object nested in the data, read member by member like the data itself.
  /// It ends where its members do, as an array's elements do: finding its end first (counting
  /// brackets) read every nested object twice, the passages of each fetch record among them.
  mutating func object(_ member: (_ key: Key, _ reader: inout EventDataReader) -> Bool) -> Bool {
    var inner = EventDataReader(buffer, range: position..<end, shared: shared)
    guard let stop = inner.membersToClose(member) else { return false }
    position = stop
    return true
  }

  /// `true` or `false`.
  mutating func bool() -> Bool? {
    if position + 4 <= end, memcmp(buffer.baseAddress! + position, "true", 4) == 0 {
      position += 4
      return true
    }
    if position + 5 <= end, memcmp(buffer.baseAddress! + position, "false", 5) == 0 {
      position += 5
      return false
    }
    return nil
  }

  /// Skips any value laid out as the writer writes it, checking it as it goes (strings are
  /// valid UTF-8, numbers are JSON's) but making nothing of it: unlike `skip()`, an array of
  /// objects costs no allocation. Anything else (white space, a nesting deeper than `depth`)
  /// returns false, and the caller leaves the data to the parser.
  mutating func skipCompact(depth: Int = 16) -> Bool {
    guard position < end, depth > 0 else { return false }
    switch buffer[position] {
    case UInt8(ascii: "\""):
      guard let (_, stop, plain) = scanString() else { return false }
      guard plain else { return string() != nil }
      position = stop + 1
      return true
    case UInt8(ascii: "{"): return object { _, r in r.skipCompact(depth: depth - 1) }
    case UInt8(ascii: "["): return elements { r in r.skipCompact(depth: depth - 1) }
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
    case UInt8(ascii: "n"): return readNull()
    default: return int() != nil || skip()
    }
  }

  /// Skips any value, checking it with the parser.
  mutating func skip() -> Bool {
    if int() != nil { return true }
    return (try? JSONParser.value(in: buffer, at: &position, depth: 2)) != nil
  }

  /// Reads a JSON null, if one is here.
  mutating func skipNull() -> Bool { readNull() }

  private mutating func readNull() -> Bool {
    guard position + 4 <= end, memcmp(buffer.baseAddress! + position, "null", 4) == 0 else { return false }
    position += 4
    return true
  }

  /// The string starting at `position`: its content's bounds, and whether it is plain (no
  /// backslash or control character, and valid UTF-8 as String decoding judges it, so that a
  /// plain slice decodes to exactly its bytes). It ends at the first quote (an escaped one
  /// included: a string that is not plain is the parser's to read). Nil if no string starts
  /// here or none ends. One pass, eight bytes at a time while they are plain ASCII: finding the
  /// quote and then checking the UTF-8 were two (4.5% of a server's start, most of it in the
  /// passages of fetch records).
  private func scanString() -> (start: Int, stop: Int, plain: Bool)? {
    guard position < end, buffer[position] == UInt8(ascii: "\""), let base = buffer.baseAddress else { return nil }
    let start = position + 1
    let raw = UnsafeRawPointer(base)
    var plain = true
    var i = start
    while i < end {
      if plain, i + 8 <= end {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // No control character, quote or backslash, and no byte from 0x80 on: eight plain bytes.
        if (JSONWordScan.escapeMarks(w) | w) & JSONWordScan.highs == 0 {
          i += 8
          continue
        }
      }
      let c = base[i]
      if c == UInt8(ascii: "\"") { return (start, i, plain) }
      guard plain else {
        guard let hit = memchr(base + i, Int32(UInt8(ascii: "\"")), end - i) else { return nil }
        return (start, base.distance(to: hit.assumingMemoryBound(to: UInt8.self)), false)
      }
      if c < 0x20 || c == UInt8(ascii: "\\") {
        plain = false
      } else if c >= 0x80 {
        let length = UTF8Validation.sequenceLength(UnsafeBufferPointer(start: base, count: end), at: i)
        if length > 0 { i += length } else { plain = false }
      } else {
        i += 1
      }
    }
    return nil
  }

  /// Where the object or array starting at `from` ends (one past its closing bracket), by
  /// counting brackets outside strings; nil if it does not end before `limit`. It does not
  /// check the JSON: whoever reads the range does.
  static func valueEnd(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
    var depth = 0
    var i = from
    while i < limit {
      switch buffer[i] {
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return i + 1 }
      case UInt8(ascii: "\""):
        // To the closing quote: one not preceded by an odd run of backslashes.
        var j = i + 1
        while true {
          guard j < limit, let hit = memchr(buffer.baseAddress! + j, Int32(UInt8(ascii: "\"")), limit - j) else { return nil }
          let q = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          var backslashes = 0
          while q - backslashes - 1 > i, buffer[q - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
          j = q + 1
          if backslashes % 2 == 0 { break }
        }
        i = j
        continue
      default: break
      }
      if depth == 0 { return nil }
      i += 1
    }
    return nil
  }
}
