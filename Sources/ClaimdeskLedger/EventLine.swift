import Crypto
import Foundation
import ClaimdeskSupport

/// Reads one ledger line: checks its hash over the bytes as written, then its fields.
enum EventLine {
  /// The previous hash of the first event.
  static let genesis = String(repeating: "0", count: 64)
  /// `,"hash":"` + 64 hex digits + `"}`.
  private static let hashSuffixLength = 9 + 64 + 2
  private static let hashKey = Array(#","hash":""#.utf8)

  /// The line (without its newline) for an event whose canonical body is `body`.
  static func render(body: [UInt8]) -> (line: [UInt8], hash: String) {
    let hash = Hashing.sha256Hex(body)
    var line = body
    line.removeLast()  // the closing brace
    line.append(contentsOf: hashKey)
    line.append(contentsOf: Array(hash.utf8))
    line.append(contentsOf: Array(#""}"#.utf8))
    return (line, hash)
  }

  /// Parses a line; with `checkHash` (verify, appends) also recomputes its hash from the bytes.
  static func parse(_ line: UnsafeBufferPointer<UInt8>, checkHash: Bool = true) throws(LineProblem) -> LedgerEvent {
    var repeated = RepeatedStrings()
    return try parse(line, checkHash: checkHash, repeated: &repeated)
  }

  /// Parses a line, reusing the strings it shares with the lines read before it.
  static func parse(
    _ line: UnsafeBufferPointer<UInt8>, checkHash: Bool, repeated: inout RepeatedStrings
  ) throws(LineProblem) -> LedgerEvent {
    let (body, hash) = try body(of: line, checkHash: checkHash)
    if let (header, range) = envelope(body, hash: hash, repeated: repeated), let data = data(in: body, range: range) {
      repeated.remember(header)
      return LedgerEvent(header, data: data)
    }
    return try generalEvent(body, hash: hash)
  }

  /// Checks that the line ends in the hash member and, with `checkHash`, that the hash is that
  /// of its bytes. Returns the body (the line up to where the hash member begins) and the hash.
  static func body(
    of line: UnsafeBufferPointer<UInt8>, checkHash: Bool
  ) throws(LineProblem) -> (body: UnsafeBufferPointer<UInt8>, hash: String) {
    let n = line.count
    guard n > hashSuffixLength + 2, line[0] == UInt8(ascii: "{") else {
      throw LineProblem("not an event: a line must be a JSON object ending in \"hash\"")
    }
    let suffixStart = n - hashSuffixLength
    for i in 0..<hashKey.count where line[suffixStart + i] != hashKey[i] {
      throw LineProblem("\"hash\" is not the last member of the event")
    }
    guard line[n - 2] == UInt8(ascii: "\""), line[n - 1] == UInt8(ascii: "}") else {
      throw LineProblem("\"hash\" is not the last member of the event")
    }
    let body = UnsafeBufferPointer(rebasing: line[0..<suffixStart])
    let recordedHex = UnsafeBufferPointer(rebasing: line[(suffixStart + 9)..<(n - 2)])
    if checkHash {
      // Hashes the line in place (its body, then the closing brace the hash member replaced):
      // no copy of the body, and hex strings only when they differ.
      var hasher = SHA256()
      hasher.update(bufferPointer: UnsafeRawBufferPointer(body))
      withUnsafeBytes(of: UInt8(ascii: "}")) { hasher.update(bufferPointer: $0) }
      let digest = hasher.finalize()
      if !matches(digest, hex: recordedHex) {
        let recorded = String(decoding: recordedHex, as: UTF8.self)
        let actual = Hashing.hex(digest)
        throw LineProblem("hash mismatch: the line was changed after it was written (recorded \(recorded.prefix(12))..., computed \(actual.prefix(12))...)")
      }
    }
    return (body, String(decoding: recordedHex, as: UTF8.self))
  }

  /// The data object of an envelope, parsed; nil if it is not one JSON object filling `range`.
  static func data(in body: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> JSONValue? {
    var position = range.lowerBound
    guard let value = try? JSONParser.value(in: body, at: &position, depth: 1), position == range.upperBound,
      case .object = value
    else { return nil }
    return value
  }

  /// Anything unusual (white space, escapes in keys, a missing or odd member, bad JSON) takes
  /// this general path, which also words the error.
  static func generalEvent(_ body: UnsafeBufferPointer<UInt8>, hash: String) throws(LineProblem) -> LedgerEvent {
    let value: JSONValue
    do { value = try JSONParser.parse(Array(body) + [UInt8(ascii: "}")]) } catch { throw LineProblem("not valid JSON: \(error)") }
    return try event(from: value, hash: hash)
  }

  /// Whether `hex` is the digest in lowercase hex. Once for every line a fold hashes: its bytes
  /// read in place, every digit compared without a branch (iterating the digest and calling
  /// `JSONWriter.hexDigit` across modules for each was 2.6% of a server's start).
  private static func matches(_ digest: SHA256.Digest, hex: UnsafeBufferPointer<UInt8>) -> Bool {
    guard hex.count == 64 else { return false }
    return digest.withUnsafeBytes { bytes -> Bool in
      guard bytes.count == 32 else { return false }
      var differs: UInt8 = 0
      for i in 0..<32 {
        let b = bytes[i]
        differs |= hex[2 * i] ^ lowercaseHexDigit(b >> 4)
        differs |= hex[2 * i + 1] ^ lowercaseHexDigit(b & 0x0F)
      }
      return differs == 0
    }
  }

  @inline(__always) private static func lowercaseHexDigit(_ v: UInt8) -> UInt8 { v < 10 ? v &+ 48 : v &+ 87 }

  /// The members of an event as the writer lays them out: `{"key":value,...` with no white
  /// space, each known key once, up to where the hash member began (`body` ends there), with
  /// `data` left as the range of bytes it spans (an object, not yet checked). Returns nil for
  /// anything else, or for an event `event(from:hash:)` would reject, so that the general path
  /// decides (and words the error) exactly as before.
  static func envelope(
    _ body: UnsafeBufferPointer<UInt8>, hash: String, repeated: RepeatedStrings
  ) -> (header: EventHeader, data: Range<Int>)? {
    var seq: Int?
    var at: String?
    var actor: String?
    var op: EventOp?
    var claim: String?
    var document: String?
    var data: Range<Int>?
    var prev: String?
    var prevChecked = false
    var position = 1
    while true {
      guard position < body.count, body[position] == UInt8(ascii: "\"") else { return nil }
      let keyStart = position + 1
      var keyEnd = keyStart
      while keyEnd < body.count, body[keyEnd] != UInt8(ascii: "\""), body[keyEnd] != UInt8(ascii: "\\") { keyEnd += 1 }
      guard keyEnd + 1 < body.count, body[keyEnd] == UInt8(ascii: "\""), body[keyEnd + 1] == UInt8(ascii: ":") else { return nil }
      let member = Member(UnsafeBufferPointer(rebasing: body[keyStart..<keyEnd]))
      position = keyEnd + 2
      if member == .data {
        guard data == nil, position < body.count, body[position] == UInt8(ascii: "{"),
          let end = EventDataReader.valueEnd(body, from: position, limit: body.count)
        else { return nil }
        data = position..<end
        position = end
      } else if member == .prev, repeated.skipsPrev, prev == nil, !prevChecked, Self.isQuotedHex64(body, at: position) {
        prevChecked = true
        position += 66
      } else {
        let value: JSONValue
        var reader = EventDataReader(body, range: position..<body.count, shared: nil)
        if let known = repeated.candidate(for: member), RepeatedStrings.reuse(known, in: body, at: &position) {
          value = .string(known)
        } else if position < body.count, body[position] == UInt8(ascii: "\""), let s = reader.string() {
          value = .string(s)
          position = reader.offset
        } else if let i = reader.int() {
          value = .int(i)
          position = reader.offset
        } else {
          // Depth 1: the value is nested in the event object, as in a whole-line parse.
          guard let parsed = try? JSONParser.value(in: body, at: &position, depth: 1) else { return nil }
          value = parsed
        }
        switch (member, value) {
        case (.seq, .int(let i)) where seq == nil: seq = i
        case (.at, .string(let s)) where at == nil: at = s
        case (.actor, .string(let s)) where actor == nil: actor = s
        // An op the ledger does not know is left to the whole-line parse, which names it.
        case (.op, .string(let s)) where op == nil: guard let known = EventOp(rawValue: s) else { return nil }; op = known
        case (.claim, .string(let s)) where claim == nil: claim = s
        case (.document, .string(let s)) where document == nil: document = s
        case (.prev, .string(let s)) where prev == nil && !prevChecked: prev = s
        default: return nil
        }
      }
      if position == body.count { break }
      guard body[position] == UInt8(ascii: ",") else { return nil }
      position += 1
    }
    guard let seq, seq > 0, let at, let actor, !actor.isEmpty, let op, prevChecked || prev.map(isHex64) == true, let data
    else { return nil }
    return (EventHeader(seq: seq, at: at, actor: actor, op: op, claim: claim, document: document, prev: prev ?? "", hash: hash), data)
  }

  /// Strings that repeat from line to line: one append writes many events with the same time
  /// and document, and each line's `prev` is the line before's hash. Reusing the String read
  /// before saves an allocation per member (and memory, as claims keep them).
  struct RepeatedStrings {
    private var at = ""
    private var document = ""
    private var hash = ""
    private var claim = ""
    /// Set by a listing, which has checked the chain from the lines' ends (`ChainScan`) and
    /// reads lines out of order: `prev` is still checked to be 64 hex digits, but not kept
    /// (the header's `prev` is empty).
    let skipsPrev: Bool

    init(skipsPrev: Bool = false) { self.skipsPrev = skipsPrev }

    fileprivate func candidate(for member: Member) -> String? {
      switch member {
      case .at: at.isEmpty ? nil : at
      case .document: document.isEmpty ? nil : document
      case .prev: hash.isEmpty || !Self.isPlain(hash) ? nil : hash
      case .claim: claim.isEmpty ? nil : claim
      default: nil
      }
    }

    mutating func remember(_ event: EventHeader) {
      if event.at != at, Self.isPlain(event.at) { at = event.at }
      if let document = event.document, document != self.document, Self.isPlain(document) { self.document = document }
      hash = event.hash
    }

    /// The claim whose events come next (a listing reads one claim's events at a time).
    mutating func expect(claim id: String) { claim = Self.isPlain(id) ? id : "" }

    /// Without escapes or control characters its bytes in a line are exactly its UTF-8, so
    /// equal bytes followed by a quote are this string.
    private static func isPlain(_ s: String) -> Bool {
      func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") { return false }
        return true
      }
      if let plain = s.utf8.withContiguousStorageIfAvailable(check) { return plain }
      var s = s
      return s.withUTF8(check)
    }

    /// Moves past the string at `position` if it is `known`, quotes included.
    fileprivate static func reuse(_ known: String, in body: UnsafeBufferPointer<UInt8>, at position: inout Int) -> Bool {
      let utf8 = known.utf8
      let end = position + 1 + utf8.count
      guard end < body.count, body[position] == UInt8(ascii: "\""), body[end] == UInt8(ascii: "\""),
        utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, body.baseAddress! + position + 1, $0.count) == 0 }) == true
      else { return false }
      position = end + 1
      return true
    }
  }

  /// The members an event may have.
  fileprivate enum Member: Equatable {
    case seq, at, actor, op, claim, document, data, prev, other

    init(_ key: UnsafeBufferPointer<UInt8>) {
      switch key.count {
      case 2: self = Self.equal(key, "at") ? .at : Self.equal(key, "op") ? .op : .other
      case 3: self = Self.equal(key, "seq") ? .seq : .other
      case 4: self = Self.equal(key, "data") ? .data : Self.equal(key, "prev") ? .prev : .other
      case 5: self = Self.equal(key, "actor") ? .actor : Self.equal(key, "claim") ? .claim : .other
      case 8: self = Self.equal(key, "document") ? .document : .other
      default: self = .other
      }
    }

    /// `key` has `name`'s length already.
    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
      memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }
  }

  private static func event(from value: JSONValue, hash: String) throws(LineProblem) -> LedgerEvent {
    guard case .object(let m) = value else { throw LineProblem("not a JSON object") }
    let known: Set<String> = ["seq", "at", "actor", "op", "claim", "document", "data", "prev"]
    if let extra = m.keys.sorted().first(where: { !known.contains($0) }) {
      throw LineProblem("unknown member \"\(extra)\"")
    }
    guard let seq = m["seq"]?.intValue, seq > 0 else { throw LineProblem("missing or invalid \"seq\"") }
    guard let at = m["at"]?.stringValue else { throw LineProblem("missing \"at\"") }
    guard let actor = m["actor"]?.stringValue, !actor.isEmpty else { throw LineProblem("missing \"actor\"") }
    guard let name = m["op"]?.stringValue else { throw LineProblem("missing \"op\"") }
    guard let op = EventOp(rawValue: name) else { throw LineProblem("unknown op \"\(name)\"") }
    guard let prev = m["prev"]?.stringValue, isHex64(prev) else { throw LineProblem("missing or invalid \"prev\"") }
    guard let data = m["data"], data.objectValue != nil else { throw LineProblem("missing \"data\" object") }
    return LedgerEvent(
      seq: seq, at: at, actor: actor, op: op, claim: m["claim"]?.stringValue,
      document: m["document"]?.stringValue, data: data, prev: prev, hash: hash)
  }

  /// `"` and 64 lowercase hex digits and `"` at `position`.
  private static func isQuotedHex64(_ body: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
    guard position + 66 <= body.count, body[position] == UInt8(ascii: "\""), body[position + 65] == UInt8(ascii: "\"") else {
      return false
    }
    return Hashing.isLowercaseHex(body[(position + 1)..<(position + 65)])
  }

  static func isHex64(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { $0.count == 64 && Hashing.isLowercaseHex($0) }
  }
}

/// Why a ledger line is not a valid event.
struct LineProblem: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}
