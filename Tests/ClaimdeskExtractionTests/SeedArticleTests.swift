import Foundation
import ClaimdeskTestSupport
import Testing
@testable import ClaimdeskExtraction

/// The article the product was specified from (../shared/data/seed), split by hand.
@Suite struct SeedArticleTests {
  static let sentenceTexts = [
    "JERUSALEM—Secretary of State John Kerry’s efforts this week to prevent the current round of Palestinian-Israeli violence from escalating failed to close the gap between the two sides and widened the gap between Jerusalem and Washington.",
    "\"We’re very concerned about the violence and the potential of the situation to spin out of control,\" Kerry said at the conclusion of a lightning visit to Jerusalem and Ramallah, capital of the Palestinian Authority.",
    "\"I think we may be reaching a pivotal point now where both sides have important decisions to make.\"",
    "Kerry had focused his efforts on persuading Israeli Prime Minister Benjamin Netanyahu to offer concessions to Palestinian President Mahmoud Abbas that could induce the Palestinian Authority’s to call for calm.",
    "\"Lone wolf\" attackers have carried out almost daily knifings and car assaults against Israelis for the past two months.",
    "Netanyahu had in discussions with Kerry in Washington two weeks ago reportedly indicated readiness to make substantial concessions sought by the Palestinians.",
    "Such steps would help improve the Palestinian economy and open the way to construction of major infrastructure projects.",
    "However, in his meeting with Kerry on Tuesday, Netanyahu said there could be no concessions until the current violence is halted.",
    "\"The first condition is restoring the quiet,\" he said.",
    "\"Advancing civilian projects the Palestinians are interested in will be possible only if the level of violence declines and if Israel’s security needs are met.\"",
    "The prime minister told Kerry that his coalition would break up if he made concessions before the attacks cease.",
    "The head of the right-wing Jewish Home Party, Naftali Bennett, made it clear this week that his party will bolt the coalition if concessions are made.",
    "Netanyahu told Kerry that if the international community expects Israel to enable the PA to expand construction it should recognize Israeli construction in West Bank settlement blocs as legitimate.",
    "Deputy State Department Spokesman Mark Toner told reporters that the American answer to Netanyahu’s demand was \"a big no.\"",
    "Said Toner: \"Every U.S. administration since 1967 has opposed Israeli settlement activity.",
    "This administration will be no different.\"",
    "Netanyahu took a hard line regarding construction in Israeli West Bank settlements, which Washington has sought to halt in order to keep open the option of a two-state solution.",
    "\"There is no construction freeze in the settlements,\" the prime minister reportedly told Kerry.",
    "An Israeli source familiar with details of the Netanyahu-Kerry meeting, said that it ended without any agreement, according to the daily Ha’aretz.",
    "\"Netanyahu took a hard line, and Kerry left the meeting without any significant progress.\"",
  ]

  static func claims() throws -> [ExtractedClaim] {
    let text = try String(contentsOf: TestData.shared("seed/kerry-jerusalem-2015.txt"), encoding: .utf8)
    let document = ExtractionFixtures.document(text)
    let sentences = ExtractionFixtures.sentences(document, sentenceTexts)
    return ClaimExtractor(scorer: NeutralScorer(), documentDate: "2015-11-24").extract(from: document, sentences: sentences)
  }

  static func claim(_ claims: [ExtractedClaim], _ prefix: String) -> ExtractedClaim? {
    claims.first { $0.text.hasPrefix(prefix) }
  }
}

extension SeedArticleTests {
  @Test(.requires(.sharedData)) func tonerClaimIsTopThreeUniversalTemporal() throws {
    let claims = try Self.claims()
    let toner = try #require(Self.claim(claims, "Every U.S. administration since 1967"))
    #expect(toner.text == "Every U.S. administration since 1967 has opposed Israeli settlement activity")
    #expect(toner.speaker == "Mark Toner")
    #expect(toner.kinds.contains(.universal) && toner.kinds.contains(.temporal) && toner.kinds.contains(.quote))
    #expect(claims.filter { $0.score > toner.score }.count < 3)
    let span = try #require(toner.cues.first { $0.kind == .span })
    #expect(span.text == "since 1967" && span.value == "1967/2015-11-24")
  }

  @Test(.requires(.sharedData)) func knifingsAreHighAndResolved() throws {
    let claims = try Self.claims()
    let c = try #require(claims.first { $0.text.contains("almost daily knifings") })
    #expect(c.score >= 0.5)
    #expect(c.kinds.contains(.temporal))
    #expect(c.cues.contains { $0.kind == .duration && $0.text == "for the past two months" && $0.value == "2015-09-24/2015-11-24" })
    let ago = try #require(Self.claim(claims, "Netanyahu had in discussions"))
    #expect(ago.cues.contains { $0.text == "two weeks ago" && $0.value == "2015-11-10" })
    #expect(ago.hedges == ["reportedly"])
  }

  @Test(.requires(.sharedData), arguments: [
    ("I think we may be reaching a pivotal point", "John Kerry"),
    ("The first condition is restoring the quiet", "Benjamin Netanyahu"),
  ])
  func opinionsAreLow(prefix: String, speaker: String) throws {
    let claims = try Self.claims()
    let c = try #require(Self.claim(claims, prefix))
    #expect(c.kinds.contains(.opinion) && c.kinds.contains(.quote))
    #expect(c.score < 0.5)
    #expect(c.speaker == speaker)
  }

  @Test(.requires(.sharedData)) func constructionFreezeIsNetanyahuReportedly() throws {
    let claims = try Self.claims()
    let c = try #require(Self.claim(claims, "There is no construction freeze"))
    #expect(c.text == "There is no construction freeze in the settlements")
    #expect(c.speaker == "Benjamin Netanyahu")
    #expect(c.hedges.contains("reportedly"))
  }

  @Test(.requires(.sharedData)) func twoSentenceQuoteGivesTwoClaims() throws {
    let claims = try Self.claims()
    let second = try #require(Self.claim(claims, "This administration will be no different"))
    #expect(second.speaker == "Mark Toner")
    #expect(second.kinds == [.quote, .prediction])
    #expect(second.score < 0.5)
  }

  @Test(.requires(.sharedData)) func reportedSpeechGivesTheContent() throws {
    let claims = try Self.claims()
    let told = try #require(Self.claim(claims, "his coalition would break up"))
    #expect(told.speaker == "Benjamin Netanyahu")
    #expect(told.kinds.contains(.prediction))
    let source = try #require(Self.claim(claims, "it ended without any agreement"))
    #expect(source.text == "it ended without any agreement")
    // The daily that carried an unnamed source's account is not the speaker (issue 13).
    #expect(source.speaker == nil)
    #expect(source.hedges.contains("according to") && source.hedges.contains("unnamed source"))
  }

  @Test(.requires(.sharedData)) func spansPointIntoTheText() throws {
    let claims = try Self.claims()
    let text = Array(try String(contentsOf: TestData.shared("seed/kerry-jerusalem-2015.txt"), encoding: .utf8).unicodeScalars)
    for c in claims {
      #expect(String(String.UnicodeScalarView(text[c.start..<c.end])) == c.text)
      #expect(c.sentenceStart <= c.start && c.end <= c.sentenceEnd && c.sentenceEnd <= text.count)
      for cue in c.cues { #expect(String(String.UnicodeScalarView(text[cue.start..<cue.end])) == cue.text) }
    }
  }
}
