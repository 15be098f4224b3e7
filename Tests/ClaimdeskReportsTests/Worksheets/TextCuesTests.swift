import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports

@Suite struct TextCuesTests {
  @Test(arguments: [
    ("Every U.S. administration since 1967 has opposed it.", ["universal:Every", "span:since 1967"]),
    ("Unemployment fell to 4.2% in March 2015.", ["number:4.2%", "date:March 2015"]),
    ("Exports rose 12 percent in 2014, to $3 billion.", ["number:12 percent", "year:2014", "number:$3 billion"]),
    ("The minister never said that.", ["universal:never"]),
    ("The minister left early.", []),
    ("Nothing was signed.", ["universal:Nothing"]),
  ])
  func cuesFromTheWords(text: String, expected: [String]) {
    #expect(TextCues.scan(text).map { "\($0.kind):\($0.text)" } == expected)
  }

  /// Only a claim without recorded cues or kinds falls back to its words.
  @Test func recordedCuesWin() {
    var claim = ClaimState(id: "c", text: "Every one of the 40 ministers agreed.", lastEventHash: "h")
    #expect(ClaimFacts(claim).cues.map(\.cue.kind) == ["universal", "number"])
    claim.kinds = ["quantity"]
    #expect(ClaimFacts(claim).cues.isEmpty)
  }
}
