import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

/// `EventLine.parse` reads lines laid out as the writer writes them member by member, and leaves
/// anything else to a whole-line JSON parse: both must give the same events and the same errors.
@Suite struct EventLineTests {
  static let prev = String(repeating: "0", count: 64)
  static let members =
    #""actor":"ann","at":"2015-11-24T00:00:00.000Z","claim":"c1","data":{"n":[1,null,{"a":"x\u00e9"}]},"op":"claim.note","prev":"\#(prev)","seq":7"#

  /// The members above without `key`'s.
  static func members(without key: String) -> String {
    members.split(separator: ",\"").map { $0.hasPrefix("\"") ? String($0) : "\"" + $0 }
      .filter { !$0.hasPrefix("\"\(key)\":") }.joined(separator: ",")
  }

  /// A sealed line for `body` (which must end in `}`), parsed with its hash checked.
  static func parsed(_ body: String) throws(LineProblem) -> LedgerEvent {
    let line = EventLine.render(body: Array(body.utf8)).line
    return try line.withUnsafeBufferPointer { buffer throws(LineProblem) in try EventLine.parse(buffer) }
  }

  static func problem(_ body: String) -> String? {
    do { _ = try parsed(body) } catch { return error.reason }
    return nil
  }

  @Test func canonicalLine() throws {
    let event = try Self.parsed("{" + Self.members + "}")
    #expect(event.seq == 7 && event.actor == "ann" && event.op == .claimNote && event.claim == "c1")
    #expect(event.document == nil && event.prev == Self.prev)
    #expect(event.data == ["n": [1, nil, ["a": "xé"]]])
    #expect(event.hash == Hashing.sha256Hex("{" + Self.members + "}"))
  }

  /// Valid JSON the writer would not produce reads as a whole-line parse always read it.
  @Test(arguments: [
    (#"{ "seq" : 7, "#, "ann", "c1", 7),  // white space
    (#"{"se\u0071":7,"#, "ann", "c1", 7),  // an escaped key
    (#"{"actor":"bob","#, "ann", "c1", 7),  // a repeated key: the last one counts
    (#"{"claim":5,"#, "ann", nil, 7),  // a claim that is not a string is no claim
    (#"{"seq":7.0,"#, "ann", "c1", 7),  // an integral float seq
  ] as [(String, String, String?, Int)])
  func unusualLayout(prefix: String, actor: String, claim: String?, seq: Int) throws {
    let members = prefix.contains("seq") || prefix.contains(#"\u0071"#) ? Self.members(without: "seq")
      : prefix.contains("claim") ? Self.members(without: "claim") : Self.members
    let event = try Self.parsed(prefix + members + "}")
    #expect(event.actor == actor && event.claim == claim && event.seq == seq)
  }

  @Test(arguments: [
    ("zzz", #"{"zzz":1,"#, #"unknown member "zzz""#),
    ("seq", #"{"seq":0,"#, #"missing or invalid "seq""#),
    ("data", #"{"data":[],"#, #"missing "data" object"#),
    ("actor", #"{"actor":"","#, #"missing "actor""#),
    ("at", #"{"at":[1,],"#, "not valid JSON: invalid JSON at byte 10: unexpected character"),
    ("at", #"{"at":"\x","#, "not valid JSON: invalid JSON at byte 10: invalid escape"),
  ])
  func problems(key: String, prefix: String, reason: String) {
    #expect(Self.problem(prefix + Self.members(without: key) + "}") == reason)
  }

  @Test func missingMembers() {
    #expect(Self.problem(#"{"actor":"ann"}"#) == #"missing or invalid "seq""#)
    #expect(Self.problem(#"{"seq":1,"actor":"ann"}"#) == #"missing "at""#)
  }

  /// Strings carried over from the line before are reused only when the bytes are exactly them.
  @Test(arguments: ["2015-11-24T00:00:00.000Z", "2015-11-24T00:00:00.000Zx", "2015-11-24T00:00:00.000\\u005a", "2015"])
  func repeatedStrings(secondAt: String) throws {
    var repeated = EventLine.RepeatedStrings()
    var events: [LedgerEvent] = []
    for at in ["2015-11-24T00:00:00.000Z", secondAt] {
      let body = "{" + Self.members(without: "at") + #","at":""# + at + #""}"#
      let line = EventLine.render(body: Array(body.utf8)).line
      events.append(try line.withUnsafeBufferPointer { buffer throws(LineProblem) in
        try EventLine.parse(buffer, checkHash: true, repeated: &repeated)
      })
    }
    #expect(events[0].at == "2015-11-24T00:00:00.000Z")
    #expect(events[1].at == (try JSONParser.parse(#"""# + secondAt + #"""#)).stringValue)
  }

  @Test func hashMismatch() {
    var line = EventLine.render(body: Array(("{" + Self.members + "}").utf8)).line
    line[10] = UInt8(ascii: "x")
    let reason: String? = line.withUnsafeBufferPointer { buffer in
      do throws(LineProblem) { _ = try EventLine.parse(buffer) } catch { return error.reason }
      return nil
    }
    #expect(reason?.hasPrefix("hash mismatch: the line was changed after it was written (recorded ") == true)
  }
}
