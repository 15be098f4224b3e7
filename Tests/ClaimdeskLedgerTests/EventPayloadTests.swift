import ClaimdeskSupport
import Testing
@testable import ClaimdeskLedger

/// Each event kind's one encoder and one decoder agree: what the workbench writes reads back
/// the same, from the bytes (the fold's fast path) and from parsed JSON alike.
@Suite struct EventPayloadTests {
  static func bytes(_ data: [String: JSONValue]) -> [UInt8] { JSONWriter.encode(.object(data)) }

  static func fromBytes(_ data: [String: JSONValue], op: EventOp) -> ReviewData? {
    let encoded = bytes(data)
    return encoded.withUnsafeBufferPointer { ReviewData(reading: EventDataReader($0, range: 0..<$0.count, shared: nil), op: op) }
  }

  @Test func reviewPayloadsReadBackBothWays() throws {
    let status = ClaimStatusPayload(status: .verified, from: .open, note: "AP transcript")
    let note = ClaimNotePayload(text: "called the press office")
    let source = ClaimSourcePayload(reference: "https://example.org/a", isURL: true)
    for (data, op) in [(status.json, EventOp.claimStatus), (note.json, .claimNote), (source.json, .claimSource)] {
      let parsed = try #require(ReviewData(try JSONParser.parse(Self.bytes(data)), op: op))
      let read = try #require(Self.fromBytes(data, op: op))
      switch (parsed, read) {
      case (.status(let a), .status(let b)): #expect(a == status && b == status)
      case (.note(let a), .note(let b)): #expect(a == note && b == note)
      case (.source(let a), .source(let b)): #expect(a == source && b == source && b.isURL)
      default: Issue.record("\(op) read back as another kind")
      }
    }
    #expect(String(decoding: Self.bytes(status.json), as: UTF8.self) == #"{"from":"open","note":"AP transcript","status":"verified"}"#)
    #expect(String(decoding: Self.bytes(source.json), as: UTF8.self) == #"{"kind":"url","reference":"https://example.org/a"}"#)
  }

  @Test func aReviewPayloadLackingItsMainMemberIsNone() throws {
    #expect(ReviewData(try JSONParser.parse(Array(#"{"note":"x"}"#.utf8)), op: .claimStatus) == nil)
    #expect(Self.fromBytes(["note": "x"], op: .claimStatus) == nil)
    #expect(ReviewData(try JSONParser.parse(Array(#"{"text":1}"#.utf8)), op: .claimNote) == nil)
  }

  @Test func documentAddedReadsBack() throws {
    var document = DocumentAddedPayload(
      origin: "https://example.org/p", format: "html", bytesSHA256: "ab", textSHA256: "cd", sentences: 12)
    document.title = "Harbour"
    document.language = "en"
    let read = try #require(DocumentAddedPayload(try JSONParser.parse(Self.bytes(document.json))))
    #expect(read == document)
    #expect(String(decoding: Self.bytes(document.json), as: UTF8.self)
      == #"{"bytes_sha256":"ab","format":"html","language":"en","origin":"https://example.org/p","sentences":12,"text_sha256":"cd","title":"Harbour"}"#)
  }

  @Test func claimAddedIsReadByTheFoldsDecoder() throws {
    var claim = ClaimAddedPayload(text: "It cost 4 million euros.")
    claim.span = 3..<27
    claim.score = 812_000
    claim.kinds = ["quantity"]
    claim.cues = [ClaimCueRecord(kind: "number", text: "4 million", value: "4000000")]
    claim.speaker = "the mayor"
    let data = try #require(ClaimAddedData(try JSONParser.parse(Self.bytes(claim.json))))
    #expect(data.text.string == claim.text && data.span == claim.span && data.score == claim.score)
    #expect(data.kinds == ["quantity"] && data.cues == claim.cues && data.speaker == "the mayor")
  }
}
