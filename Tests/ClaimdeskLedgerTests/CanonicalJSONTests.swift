import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskSupport

/// `CanonicalJSON` lets `list --json` copy a fetch record's bytes as they are: it may say "yes"
/// only for bytes that are exactly what the writer makes of their parse. `PassageRecord.reading`
/// takes a record's passages from its bytes: it must read what the parsed record gives.
@Suite struct CanonicalJSONTests {
  /// A record laid out as `fetch` writes it, with an escape of each kind the writer uses.
  static let record = #"{"attempts":1,"bytes_raw":-12,"error":null,"hops":[{"status":301,"url":"https://e.org/a"},{"status":200,"url":"https://www.e.org/a"}],"outcome":"fetched","passages":[{"matched_terms":["budget","rose"],"paragraph":3,"score":912345,"text":"The \"budget\" rose\n\t5% — \\ \u001f ok"},{"contradiction":"1967","matched_terms":[],"paragraph":null,"score":0,"text":"b"}],"truncated":false,"url":"https://e.org/a"}"#

  static func encodedParse(_ bytes: [UInt8]) -> [UInt8]? {
    (try? JSONParser.parse(bytes)).map(JSONWriter.encode)
  }

  @Test func theWritersOwnLayoutIsCanonical() throws {
    let bytes = Array(Self.record.utf8)
    #expect(CanonicalJSON.isCanonical(bytes))
    #expect(Self.encodedParse(bytes) == bytes)
    for value in ["{}", "[]", "0", "-7", "\"\"", "true", "null", #"{"a":[1,{"b":false}],"b":"é"}"#] {
      #expect(CanonicalJSON.isCanonical(Array(value.utf8)), "\(value)")
    }
  }

  @Test(arguments: [
    #"{"b":1,"a":2}"#, #"{"a":1,"a":1}"#, #"{"a": 1}"#, " {}", "{} ", "-0", "01", "1.0", "1e3", "-", "99999999999999999999",
    #""\/""#, #""\u0041""#, #""\u000a""#, #""\u001F""#, #""\u00e9""#, "\"a\u{01}\"", #"{"\u0061":1}"#,
    "[1,]", "[1", "{\"a\":1", "tru", "nul", "\"a",
  ])
  func otherLayoutsAreNot(_ text: String) {
    #expect(!CanonicalJSON.isCanonical(Array(text.utf8)), "\(text)")
  }

  @Test func invalidUTF8IsNot() {
    #expect(!CanonicalJSON.isCanonical([0x22, 0xFF, 0x22]))
    #expect(!CanonicalJSON.isCanonical([0x22, 0xC3, 0x5C, 0x6E, 0xA9, 0x22]))  // an escape inside a character
  }

  /// Every cut and every one-byte change of the record: what is called canonical parses and
  /// writes back to the same bytes, and passages read from the bytes are the parsed ones.
  @Test func damagedRecordsAreJudgedSafely() {
    let body = Array(Self.record.utf8)
    var variants: [[UInt8]] = (0..<body.count).map { Array(body[..<$0]) }
    for i in body.indices {
      for b in [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x2D, 0x2E, 0x65, 0x75, 0x41, 0x20, 0x01, 0xFF] as [UInt8]
      where body[i] != b {
        var v = body
        v[i] = b
        variants.append(v)
      }
    }
    var canonical = 0
    var readPassages = 0
    for variant in variants {
      let parsed = try? JSONParser.parse(variant)
      if CanonicalJSON.isCanonical(variant) {
        canonical += 1
        #expect(parsed.map(JSONWriter.encode) == variant, "\(String(decoding: variant, as: UTF8.self))")
      }
      if let passages = variant.withUnsafeBufferPointer(PassageRecord.reading) {
        readPassages += 1
        #expect(parsed != nil && passages == SourceFetch.passages(of: parsed!), "\(String(decoding: variant, as: UTF8.self))")
      }
    }
    // Many changes leave a canonical record (a digit for a digit, a letter in a string).
    #expect(canonical > 1000 && readPassages > 1000)
  }

  /// A fetch record folded from bytes in another layout is written as the writer writes it,
  /// not as recorded; one in the writer's layout is copied.
  @Test func writeRecordWritesTheWritersLayout() throws {
    let unsorted = #"{"url":"https://e.org/a","outcome":"fetched","http_status":200,"passages":[{"text":"t","score":5,"matched_terms":["x"]}]}"#
    for data in [unsorted, Self.record] {
      let bytes = EventDataReaderTests.ledger(
        added: Array(#"{"suggested_sources":["https://e.org/a"],"text":"t"}"#.utf8), more: [("source.fetched", Array(data.utf8))])
      let state = try LedgerReader.fold(bytes, verify: true)
      let fetch = try #require(state.orderedClaims.first?.sources.first?.fetches.first)
      var writer = JSONWriter()
      fetch.writeRecord(to: &writer)
      #expect(writer.bytes == JSONWriter.encode(try JSONParser.parse(Array(data.utf8))))
      #expect(fetch.passages == SourceFetch.passages(of: try JSONParser.parse(Array(data.utf8))))
      #expect(fetch.passages.count == (data == unsorted ? 1 : 2))
    }
  }
}
