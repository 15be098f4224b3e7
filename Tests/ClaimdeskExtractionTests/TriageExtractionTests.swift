import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// Speakers, whole statements and furniture as issue 13 asks for them; passages written for
/// these tests, one paragraph per line.
@Suite struct TriageExtractionTests {
  /// Split by the real splitter, which keeps "Mr." and "G." inside their sentences.
  static func claims(_ text: String) -> [ExtractedClaim] {
    ClaimExtractor(scorer: NeutralScorer(), documentDate: "2019-11-19").extract(from: PlainTextReader.read(text))
  }

  @Test(arguments: [
    ("Eric Reeves studies Sudan at Smith College.\n\"The killing has gone on for 10 years,\" said Mr. Reeves.", "Eric Reeves"),
    ("The plan would cost $1.5 trillion over 10 years, said C. Eugene Steuerle, a fellow at the Urban Institute.", "C. Eugene Steuerle"),
    ("William G. Gale said the tax cut would add $2 trillion to the debt.", "William G. Gale"),
    ("Con Edison officials said 20,000 customers lost power on Tuesday.", "Con Edison"),
    ("Online sales rose 18 percent in October, according to Coresight Research.", "Coresight Research"),
    ("Zippy Duvall, the president of the American Farm Bureau, said farmers faced losses of $10 billion.", "Zippy Duvall"),
  ] as [(String, String)])
  func speakerIsTheFullName(passage: String, speaker: String) throws {
    let claim = try #require(Self.claims(passage).last)
    #expect(claim.speaker == speaker, "\(claim.text)")
  }

  @Test func aPublicationThatCarriedItIsNoSpeaker() throws {
    let claim = try #require(Self.claims("The mayor resigned on Monday, according to The New York Times.").first)
    #expect(claim.speaker == nil)
    #expect(claim.hedges.contains("according to"))
  }

  @Test func unnamedSourcesGiveNoSpeakerAndAHedge() throws {
    let claim = try #require(Self.claims("Five people were arrested on Monday, officials said.").first)
    #expect(claim.speaker == nil)
    #expect(claim.hedges.contains("unnamed source"))
  }

  @Test func aQuotationInsideASentenceKeepsTheWholeStatement() throws {
    let passage = "Maria Lopez said nine churchgoers were killed in June, a fact that shaped \"politics in this town\" for years."
    let claims = Self.claims(passage)
    #expect(claims.count == 1)
    let claim = try #require(claims.first)
    #expect(claim.text.hasPrefix("nine churchgoers were killed in June"))
    #expect(claim.text.contains("politics in this town"))
    #expect(claim.speaker == "Maria Lopez")
  }

  @Test func twoAttributedStatementsGiveTwoClaims() throws {
    let passage = "\"Crime fell 5 percent in 2018,\" said Mayor Ann Lee. \"Taxes rose 2 percent,\" said Senator Tom Reyes."
    let claims = Self.claims(passage)
    #expect(claims.map(\.speaker) == ["Ann Lee", "Tom Reyes"])
    #expect(claims.map(\.text) == ["Crime fell 5 percent in 2018", "Taxes rose 2 percent"])
  }

  @Test func aFrameAfterTheQuotationStaysOut() throws {
    let passage = "\"The budget was cut by $4 million,\" said Phil Levy, the chief economist at Flexport, which ships goods."
    let claim = try #require(Self.claims(passage).first)
    #expect(claim.text == "The budget was cut by $4 million")
    #expect(claim.speaker == "Phil Levy")
  }

  @Test func furnitureAndHeadingsGiveNoClaims() throws {
    let text = "Prices rose 5 percent in 2018.\nPresident Trump at the Economic Club last week.\nTaxes rose in 2019."
    var document = ExtractionFixtures.document(text)
    document.paragraphs[1].kind = .caption
    document.paragraphs[2].kind = .heading
    let claims = ClaimExtractor(scorer: NeutralScorer()).extract(from: document, sentences: ExtractionFixtures.naiveSentences(document))
    #expect(claims.map(\.text) == ["Prices rose 5 percent in 2018"])
  }
}

extension TriageExtractionTests {
  @Test func aListIntroducedBySaidTakesItsSpeaker() throws {
    let markdown = "Rosa Delgado met the council on Monday.\n\nDelgado also said:\n\n- Ridership fell 31 percent in 2023.\n- Fares rose twice since 2019.\n"
    let document = try DocumentReader.read(Array(markdown.utf8), origin: "a.md", format: .markdown)
    let claims = ClaimExtractor(scorer: NeutralScorer()).extract(from: document)
    let listed = claims.filter { $0.text.hasPrefix("Ridership") || $0.text.hasPrefix("Fares") }
    #expect(listed.count == 2)
    #expect(listed.allSatisfy { $0.speaker == "Rosa Delgado" }, "\(listed.map(\.speaker))")
  }
}

extension TriageExtractionTests {
  @Test func aPossessorBeforeAQuotationIsNoSpeaker() throws {
    let passage = "President Donald Trump met Xi in June.\nEswar Prasad, a trade professor at Cornell, said the president's \"mercurial temperament and unpredictable actions\" had cost farmers $10 billion."
    let claim = try #require(Self.claims(passage).last)
    #expect(claim.speaker == "Eswar Prasad")
    #expect(!claim.text.hasPrefix("Eswar Prasad"))
  }
}
