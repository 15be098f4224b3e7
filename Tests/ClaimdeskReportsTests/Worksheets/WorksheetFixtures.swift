@testable import ClaimdeskLedger
@testable import ClaimdeskReports

/// Claims from the seed article (Kerry in Jerusalem, 2015), as the ledger would fold them.
enum WorksheetFixtures {
  static let documentID = String(repeating: "d0", count: 32)

  static let document = DocumentState(
    id: documentID, origin: "examples/kerry-jerusalem-2015.txt", title: "Kerry fails to close the gap",
    format: "text", bytesSHA256: String(repeating: "ab", count: 32), url: nil, published: "2015-11-25",
    addedAt: "2015-11-25T10:00:00Z", addedBy: "alice")

  static var toner: ClaimState {
    var c = ClaimState(id: "a1b2c3d4" + String(repeating: "0", count: 24), text:
      "Every U.S. administration since 1967 has opposed Israeli settlement activity.", lastEventHash: "e1")
    c.sentence = "Said Toner: \"Every U.S. administration since 1967 has opposed Israeli settlement activity."
    c.contextBefore = "Deputy State Department Spokesman Mark Toner told reporters that the American answer to Netanyahu’s demand was \"a big no.\""
    c.contextAfter = "This administration will be no different.\""
    c.document = documentID
    c.span = 2100..<2178
    c.score = 0.912345
    c.kinds = ["universal", "temporal", "quote"]
    c.speaker = "Mark Toner"
    c.cues = [
      ClaimCueRecord(kind: "universal", text: "Every"),
      ClaimCueRecord(kind: "span", text: "since 1967", value: "1967"),
      ClaimCueRecord(kind: "year", text: "1967", value: "1967"),
      ClaimCueRecord(kind: "entity", text: "Mark Toner"),
    ]
    c.history = [HistoryEntry(seq: 3, at: "2015-11-25T10:00:00Z", actor: "alice", op: .claimAdded, summary: "extracted", hash: "e1")]
    return c
  }

  static var knifings: ClaimState {
    var c = ClaimState(id: "b2c3d4e5" + String(repeating: "0", count: 24), text:
      "\"Lone wolf\" attackers have carried out almost daily knifings and car assaults against Israelis for the past two months.",
      lastEventHash: "e2")
    c.sentence = c.text
    c.document = documentID
    c.span = 900..<1020
    c.score = 0.8
    c.kinds = ["quantity", "temporal", "event"]
    c.cues = [ClaimCueRecord(kind: "duration", text: "for the past two months")]
    c.history = [HistoryEntry(seq: 4, at: "2015-11-25T10:00:00Z", actor: "alice", op: .claimAdded, summary: "extracted", hash: "e2")]
    return c
  }

  static var freeze: ClaimState {
    var c = ClaimState(id: "c3d4e5f6" + String(repeating: "0", count: 24), text:
      "There is no construction freeze in the settlements.", lastEventHash: "e9")
    c.sentence = "\"There is no construction freeze in the settlements,\" the prime minister reportedly told Kerry."
    c.document = documentID
    c.span = 2500..<2550
    c.score = 0.55
    c.kinds = ["quote"]
    c.speaker = "Benjamin Netanyahu"
    c.hedges = ["reportedly"]
    c.status = .false
    c.sources = [
      SourceState(
        reference: "https://example.org/briefing?a=1|2", isURL: true, actor: "bob", at: "2015-11-26T09:00:00Z",
        fetches: [
          SourceFetch(
            at: "2015-11-26T09:05:00Z",
            record: ["final_url": "https://example.org/briefing", "http_status": 200, "sha256_decoded": .string(String(repeating: "cd", count: 32))],
            passages: [
              PassageRecord(text: "Construction in the settlements continued, officials said.", score: 3.2,
                matchedTerms: ["construction", "settlements"]),
              PassageRecord(text: "A freeze was announced in 2009 for ten months.", score: 2.1, matchedTerms: ["freeze"],
                contradiction: "the passage reports a freeze (2009) where the claim says there is none"),
            ]),
        ]),
      SourceState(reference: "AP interview, 2015-11-24", isURL: false, actor: "bob", at: "2015-11-26T09:01:00Z"),
    ]
    c.suggestedSources = ["https://www.haaretz.com/some-article"]
    c.notes = [NoteRecord(text: "Settlement construction data contradicts it.", actor: "bob", at: "2015-11-26T09:10:00Z")]
    c.history = [
      HistoryEntry(seq: 5, at: "2015-11-25T10:00:00Z", actor: "alice", op: .claimAdded, summary: "extracted", hash: "e5"),
      HistoryEntry(seq: 9, at: "2015-11-26T09:12:00Z", actor: "bob", op: .claimStatus, summary: "status open -> false: data", hash: "e9"),
    ]
    return c
  }

  static var all: [ClaimState] { [knifings, freeze, toner] }

  static let shortIDs = [toner.id: "a1b2", knifings.id: "b2c3", freeze.id: "c3d4"]

  static func render(_ claims: [ClaimState] = all) -> String {
    WorksheetRenderer.render(document: document, claims: claims, shortIDs: shortIDs, generator: "claimdesk 0.1.0")
  }
}
