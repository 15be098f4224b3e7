import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports
@testable import ClaimdeskSupport

/// The fold reads the data of the frequent ops straight from the ledger's bytes and leaves
/// anything unusual to `JSONParser`: for every payload both must give the same claims, the
/// same `list --json` bytes and the same errors.
@Suite struct EventDataReaderTests {
  static let document = String(repeating: "d", count: 64)
  static let claim = String(repeating: "c", count: 32)

  /// A sealed ledger of `events` (op, claim, data as JSON bytes), chained from seq 1.
  static func ledger(_ events: [(op: String, claim: String?, data: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var prev = EventLine.genesis
    for (i, event) in events.enumerated() {
      var body = Array(#"{"actor":"ann","at":"2015-11-24T00:00:00.000Z","#.utf8)
      if let claim = event.claim { body += Array(#""claim":"\#(claim)","#.utf8) }
      body += Array(#""data":"#.utf8) + event.data
      body += Array(#","document":"\#(document)","op":"\#(event.op)","prev":"\#(prev)","seq":\#(i + 1)}"#.utf8)
      let (line, hash) = EventLine.render(body: body)
      out += line + [0x0A]
      prev = hash
    }
    return out
  }

  /// The ledger with a document and one claim whose `claim.added` data is `added`, then `more`.
  static func ledger(added: [UInt8], more: [(String, [UInt8])] = []) -> [UInt8] {
    let head: [(op: String, claim: String?, data: [UInt8])] = [
      ("document.added", nil, Array(#"{"bytes_sha256":"x","format":"text","origin":"a.txt"}"#.utf8)),
      ("claim.added", claim, added),
    ]
    return ledger(head + more.map { ($0.0, claim, $0.1) })
  }

  /// The state as the general path makes it: every line parsed whole, then applied.
  static func slowFold(_ bytes: [UInt8]) throws -> LedgerState {
    var state = LedgerState()
    for line in bytes.split(separator: 0x0A) {
      let event = try Array(line).withUnsafeBufferPointer { buffer throws(LineProblem) in
        let (body, hash) = try EventLine.body(of: buffer, checkHash: true)
        return try EventLine.generalEvent(body, hash: hash)
      }
      try state.apply(event)
    }
    return state
  }

  static func listing(_ state: LedgerState) -> [UInt8] {
    var writer = JSONWriter()
    ClaimJSON.writeArray(state.orderedClaims, shortIDs: [:], includeHistory: true, to: &writer)
    return writer.bytes
  }

  static func expectSameFold(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let slow = try slowFold(bytes)
    // On one thread, and on two (as large ledgers are).
    for parallelFrom in [Int.max, 0] {
      let fast = try LedgerReader.fold(bytes, verify: true, parallelFrom: parallelFrom)
      #expect(fast.claims == slow.claims, sourceLocation: sourceLocation)
      #expect(listing(fast) == listing(slow), sourceLocation: sourceLocation)
      #expect(fast.lastSeq == slow.lastSeq && fast.lastHash == slow.lastHash, sourceLocation: sourceLocation)
    }
    ClaimListingTests.expectListingMatchesFold(bytes, sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    #"{"cues":[{"kind":"year","text":"1967","value":"1967"},{"kind":"entity","text":"Toner","value":null}],"hedges":["reportedly"],"kinds":["universal","temporal"],"score":912345,"sentence":"Said Toner: \"Every U.S. administration since 1967 has opposed it.\"","span":{"end":60,"start":12},"speaker":"Mark Toner","suggested_sources":["https://example.org/a"],"text":"Every U.S. administration since 1967 has opposed it."}"#,
    #"{"text":"Plain","context_before":"Ha’aretz — café, naïve","context_after":null,"sentence":null,"speaker":null}"#,
    #"{"text":"Tab\there, quote \" and backslash \\ and \u00e9","sentence":"a\/b"}"#,
    #"{"origin":"hand","sentence_index":3,"extra":{"deep":[1,{"x":null}]},"text":"Unknown members are skipped"}"#,
    #"{"span":{"end":1,"start":5},"text":"A span that ends before it starts is no span"}"#,
    #"{"score":5.0,"text":"An integral float score"}"#,
    #"{"kinds":["quantity",7,null],"cues":[{"kind":"x"},{"kind":"y","text":"z"}],"text":"Odd array items are dropped"}"#,
    #"{"text":"first","text":"A repeated key: the last one counts"}"#,
    #"{"span":{"start":1,"end":4,"extra":0},"score":-3,"text":"Other layouts"}"#,
    #"{ "text" : "White space" }"#,
  ])
  func claimAddedReadsAsTheParserReadsIt(data: String) throws {
    try Self.expectSameFold(Self.ledger(added: Array(data.utf8)))
  }

  /// The writer's layout is read from the bytes (so the comparisons above test both paths);
  /// other layouts are left to the parser.
  @Test(arguments: [
    (#"{"cues":[{"kind":"year","text":"1967","value":null}],"kinds":["temporal"],"score":1,"span":{"end":2,"start":1},"speaker":null,"text":"Plain ASCII"}"#, true),
    (#"{"sentence":"Ha’aretz — café","text":"Tab\there \"quoted\""}"#, true),
    (#"{"sentence_index":3,"text":"Unknown members"}"#, true),
    (#"{ "text" : "White space" }"#, false),
    (#"{"text":"a","text":"b"}"#, false),
    (#"{"score":5.0,"text":"Float"}"#, false),
  ])
  func fastPathTakesTheWritersLayout(data: String, fast: Bool) {
    let bytes = LedgerBytes(Array(data.utf8))
    let read = bytes.bytes.withUnsafeBufferPointer { buffer in
      ClaimAddedData(reading: EventDataReader(buffer, range: 0..<buffer.count, shared: bytes))
    }
    #expect((read != nil) == fast)
    if data.contains("Plain ASCII") { #expect(read?.text.string == "Plain ASCII" && read?.span == 1..<2) }
  }

  /// Bytes no writer of ours makes: invalid UTF-8, and a control character.
  @Test func badBytesInStrings() throws {
    let invalid = Array(#"{"sentence":"caf"#.utf8) + [0xE9, 0xFF] + Array(#"","text":"x"#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)
    try Self.expectSameFold(Self.ledger(added: invalid))
    let fast = try LedgerReader.fold(Self.ledger(added: invalid), verify: true)
    #expect(fast.claims[Self.claim]?.text == "x\u{FFFD}\u{FFFD}")

    let control = Array(#"{"text":"a"#.utf8) + [0x01] + Array(#""}"#.utf8)
    #expect(throws: LedgerError.self) { try LedgerReader.fold(Self.ledger(added: control), verify: true) }
    #expect(throws: LineProblem.self) { try Self.slowFold(Self.ledger(added: control)) }
  }

  @Test(arguments: [
    ("claim.note", #"{"text":"Checked with the \"AP\" desk: café"}"#),
    ("claim.note", #"{"by":"x","text":"extra members"}"#),
    ("claim.status", #"{"from":"open","note":"confirmed","status":"verified"}"#),
    ("claim.status", #"{"note":null,"status":"in-progress"}"#),
    ("claim.status", #"{"note":7,"status":"in-progress"}"#),
    ("claim.source", #"{"kind":"url","reference":"https://example.org/x"}"#),
    ("claim.source", #"{"kind":"citation","reference":"AP interview, 2015-11-24"}"#),
    ("claim.source", #"{"reference":"no kind"}"#),
  ])
  func reviewEventsReadAsTheParserReadsThem(op: String, data: String) throws {
    try Self.expectSameFold(Self.ledger(added: Array(#"{"text":"t"}"#.utf8), more: [(op, Array(data.utf8))]))
  }

  /// Errors come from the same rules whichever way the data was read.
  @Test(arguments: [
    ("claim.note", #"{"note":"no text"}"#, "claim.note needs data.text"),
    ("claim.status", #"{"status":"bogus"}"#, "claim.status needs a valid data.status"),
    ("claim.status", #"{"status":5}"#, "claim.status needs a valid data.status"),
    ("claim.source", #"{"kind":"url"}"#, "claim.source needs data.reference"),
    ("claim.note", #"{"text":"x""#, "not valid JSON"),
  ])
  func reviewEventErrors(op: String, data: String, reason: String) throws {
    let bytes = Self.ledger(added: Array(#"{"text":"t"}"#.utf8), more: [(op, Array(data.utf8))])
    for parallelFrom in [Int.max, 0] {
      do {
        _ = try LedgerReader.fold(bytes, verify: true, parallelFrom: parallelFrom)
        Issue.record("expected an error")
      } catch LedgerError.corruptLine(_, let line, let message) {
        #expect(line == 3)
        #expect(message.hasPrefix(reason) || message.contains(reason))
      }
    }
  }

  /// Large ledgers are read on two threads: the first bad line is still the one reported,
  /// wherever the halves meet.
  @Test(arguments: [(2, 4, 2), (4, 2, 2), (3, 3, 3), (5, 6, 5), (6, 5, 5), (2, 6, 2), (6, 2, 2)], [Int.max, 0])
  func firstProblemWins(bad: (hashLine: Int, chainLine: Int, reported: Int), parallelFrom: Int) throws {
    let (hashLine, chainLine, reported) = bad
    let notes = (0..<4).map { ("claim.note", Array(#"{"text":"n\#($0)"}"#.utf8)) }
    var lines = Self.ledger(added: Array(#"{"text":"t"}"#.utf8), more: notes).split(separator: 0x0A).map(Array.init)
    // A changed byte breaks the line's hash; a swapped seq (hash resealed) breaks the chain.
    if let i = lines[hashLine - 1].firstIndex(of: UInt8(ascii: "n")) { lines[hashLine - 1][i] = UInt8(ascii: "N") }
    if chainLine != hashLine {
      let text = String(decoding: lines[chainLine - 1], as: UTF8.self)
      let body = text.replacingOccurrences(of: #""seq":\#(chainLine)"#, with: #""seq":99"#)
      lines[chainLine - 1] = EventLine.render(body: Array(body.prefix(body.count - 75).utf8) + [UInt8(ascii: "}")]).line
    }
    do {
      _ = try LedgerReader.fold(Array(lines.joined(separator: [0x0A])) + [0x0A], verify: true, parallelFrom: parallelFrom)
      Issue.record("expected an error")
    } catch LedgerError.corruptLine(_, let line, let reason) {
      #expect(line == reported)
      #expect(reason.hasPrefix(line == hashLine ? "hash mismatch" : "seq 99"))
    }
  }

  /// Every cut and every one-byte change of a claim.added and a claim.status line (resealed, so
  /// that the hash holds and the bytes are read): both ways of reading agree on the state or on
  /// the error, and nothing traps.
  @Test func damagedLinesReadAsTheParserReadsThem() throws {
    let added = #"{"cues":[{"kind":"year","text":"1967","value":null}],"kinds":["temporal"],"score":912345,"sentence":"Said \"he\" — ok","span":{"end":9,"start":2},"speaker":"Mark Toner","text":"Every one since 1967."}"#
    let status = #"{"from":"open","note":"n","status":"verified"}"#
    let source = #"{"reference":"https://e.org/a"}"#
    let fetched = #"{"error":{"category":"http-4xx","message":"m"},"hops":[{"status":404,"url":"https://e.org/a"}],"http_status":404,"outcome":"failed","passages":[{"matched_terms":["one"],"score":5,"text":"t"}],"truncated":false,"url":"https://e.org/a"}"#
    let good = Self.ledger(
      added: Array(added.utf8),
      more: [("claim.status", Array(status.utf8)), ("claim.source", Array(source.utf8)), ("source.fetched", Array(fetched.utf8))])
    var lines = good.split(separator: 0x0A).map(Array.init)
    var cases = 0
    for target in [1, 2, 4] {
      let body = Array(lines[target].dropLast(75)) + [UInt8(ascii: "}")]
      var variants: [[UInt8]] = (1..<body.count).map { Array(body[..<$0]) + [UInt8(ascii: "}")] }
      for i in body.indices {
        for b in [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x20, 0x01, 0xFF] as [UInt8] where body[i] != b {
          var v = body
          v[i] = b
          variants.append(v)
        }
      }
      let original = lines[target]
      for variant in variants {
        lines[target] = EventLine.render(body: variant).line
        let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
        let slow = Result { try LedgerReader.fold(bytes, verify: true, readingBytes: false) }
        for parallelFrom in [Int.max, 0] {
          cases += 1
          do {
            let fast = try LedgerReader.fold(bytes, verify: true, parallelFrom: parallelFrom)
            guard case .success(let state) = slow else {
              Issue.record("read where the parser refused: \(String(decoding: variant, as: UTF8.self))")
              continue
            }
            #expect(fast.claims == state.claims && Self.listing(fast) == Self.listing(state))
          } catch {
            guard case .failure(let problem) = slow else {
              Issue.record("refused (\(error)) where the parser read: \(String(decoding: variant, as: UTF8.self))")
              continue
            }
            #expect("\(error)" == "\(problem)", "\(String(decoding: variant, as: UTF8.self))")
          }
        }
      }
      lines[target] = original
    }
    #expect(cases > 15000)
  }
}

