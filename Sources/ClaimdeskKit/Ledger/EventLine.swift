import Crypto

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
    let recorded = String(decoding: UnsafeBufferPointer(rebasing: line[(suffixStart + 9)..<(n - 2)]), as: UTF8.self)
    var body = Array(UnsafeBufferPointer(rebasing: line[0..<suffixStart]))
    body.append(UInt8(ascii: "}"))
    let actual = checkHash ? Hashing.sha256Hex(body) : recorded
    guard actual == recorded else {
      throw LineProblem("hash mismatch: the line was changed after it was written (recorded \(recorded.prefix(12))..., computed \(actual.prefix(12))...)")
    }
    let value: JSONValue
    do { value = try JSONParser.parse(body) } catch { throw LineProblem("not valid JSON: \(error)") }
    return try event(from: value, hash: recorded)
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
    guard let op = m["op"]?.stringValue else { throw LineProblem("missing \"op\"") }
    guard let prev = m["prev"]?.stringValue, isHex64(prev) else { throw LineProblem("missing or invalid \"prev\"") }
    guard let data = m["data"], data.objectValue != nil else { throw LineProblem("missing \"data\" object") }
    return LedgerEvent(
      seq: seq, at: at, actor: actor, op: op, claim: m["claim"]?.stringValue,
      document: m["document"]?.stringValue, data: data, prev: prev, hash: hash)
  }

  static func isHex64(_ s: String) -> Bool {
    s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
  }
}

/// Why a ledger line is not a valid event.
struct LineProblem: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}
