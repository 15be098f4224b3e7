import Testing
@testable import ClaimdeskText

/// The dateline opening a story is split off as furniture; the story starts after it.
@Suite struct DatelineTests {
  @Test(arguments: [
    ("WASHINGTON (AP) — New uncertainty hangs over the race.", "WASHINGTON (AP) — "),
    ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "NEW YORK (Reuters) - "),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists confirmed it.", "HONOLULU, Hawaii (HawaiiNewsNow) - "),
    ("BUFFALO, N.Y. — Hours before the game, the coach spoke.", "BUFFALO, N.Y. — "),
    ("DUBAI, United Arab Emirates — Dubai's carrier ordered 30 jets.", "DUBAI, United Arab Emirates — "),
    ("JERUSALEM—Secretary of State John Kerry’s efforts failed.", "JERUSALEM—"),
    ("HONG KONG (CNN Business)A muddled view of trade talks weighs on investors.", "HONG KONG (CNN Business)"),
    ("SANTA FE, N.M. (AP) — A cat missing for five years was found.", "SANTA FE, N.M. (AP) — "),
    // A place in capitalised words, with its outlet, then a dash or the story glued to it.
    ("Hong Kong (CNN Business)A muddled view of trade talks weighs on investors.", "Hong Kong (CNN Business)"),
    ("London (Reuters) - UK stocks fell 2 percent.", "London (Reuters) - "),
    // A place in capitalised words with its state or country, then a dash.
    ("New York, NY – Native ad spending passed 40 percent.", "New York, NY – "),
    ("Paris, France — Officials counted 300 cars.", "Paris, France — "),
  ])
  func aDatelineIsMeasured(text: String, dateline: String) {
    #expect(Document.datelineLength(Array(text.unicodeScalars)) == dateline.unicodeScalars.count)
  }

  @Test(arguments: [
    "WHO IS THE FRONT-RUNNER?",
    "NASA officials said the lander would fly in 2023.",
    "US stocks fell 2 percent on Tuesday.",
    "The Senate voted 60-40 on the bill.",
    "IBM - the company said - cut 300 jobs.",
    "WASHINGTON insiders expect a vote — or two.",
    "United Nations (UN) Secretary-General Ana Ruiz spoke.",
    "Apple (AAPL) - shares fell 2 percent.",
    "Hong Kong (CNN Business) is a unit of the network.",
    "New York, the largest city, grew 2 percent.",
    "Paris, France is where the talks began - a first.",
  ])
  func otherOpeningsAreNoDateline(_ text: String) {
    #expect(Document.datelineLength(Array(text.unicodeScalars)) == nil)
  }

  @Test func theOpeningParagraphLosesItsDatelineAndLaterOnesKeepTheirs() throws {
    let text = "WASHINGTON (AP) — The Senate voted 60-40 on Tuesday.\n\nMore text follows here.\n\nNASA — the agency said — will fly in 2023.\n\nAnd more.\n\nCHICAGO — Not an opening paragraph any more."
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    let pieces = document.paragraphs.map { p in
      (String(String.UnicodeScalarView(document.text.unicodeScalars.dropFirst(p.start).prefix(p.end - p.start))), p.kind)
    }
    #expect(pieces.first?.0 == "WASHINGTON (AP) — " && pieces.first?.1 == .byline)
    #expect(pieces.dropFirst().first?.0 == "The Senate voted 60-40 on Tuesday." && pieces.dropFirst().first?.1 == .paragraph)
    #expect(pieces.count == 6)
    #expect(pieces.last?.0.hasPrefix("CHICAGO — ") == true && pieces.last?.1 == .paragraph)
  }

  /// Short lines above the story (headline, "Supported by", byline, date) are no opening
  /// paragraphs; three story paragraphs are.
  @Test func theDatelineFollowsTheLinesAboveTheStory() throws {
    let story = "the council voted 7-2 on Tuesday to cut standard bus fares from $2.75 to $2.00 for every rider."
    let opened = "Fares Cut\n\nSupported by\n\nContinue reading the main story\n\nBy Ana Ruiz\n\nSept. 22, 2019\n\nHARBOR CITY — The " + story
    let first = try DocumentReader.read(Array(opened.utf8), origin: "a.txt", format: .text)
    #expect(first.paragraphs.map(\.kind).suffix(2) == [.byline, .paragraph])
    let late = "The \(story)\n\nThe \(story)\n\nThe \(story)\n\nHARBOR CITY — The \(story)"
    let second = try DocumentReader.read(Array(late.utf8), origin: "a.txt", format: .text)
    #expect(second.paragraphs.count == 4)
  }

  /// A roundup of wire stories: each wire dateline (with its outlet) is split off, wherever it stands.
  @Test func aWireDatelineIsSplitOffAnywhere() throws {
    let text = "WASHINGTON (AP) — The Senate voted 60-40.\n\nMore text.\n\nAnd more.\n\nEven more.\n\nMOSCOW (Reuters) - Oil fell 2 percent.\n\nCHICAGO — Not a wire dateline."
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    let pieces = document.paragraphs.map { p in
      (String(String.UnicodeScalarView(document.text.unicodeScalars.dropFirst(p.start).prefix(p.end - p.start))), p.kind)
    }
    #expect(pieces.map(\.0) == [
      "WASHINGTON (AP) — ", "The Senate voted 60-40.", "More text.", "And more.", "Even more.", "MOSCOW (Reuters) - ",
      "Oil fell 2 percent.", "CHICAGO — Not a wire dateline.",
    ])
    #expect(pieces.map(\.1) == [.byline, .paragraph, .paragraph, .paragraph, .paragraph, .byline, .paragraph, .paragraph])
  }
}
