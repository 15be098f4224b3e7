import Testing
@testable import ClaimdeskText

/// Page furniture is marked, from HTML markup and from wording, and the text stays in place.
@Suite struct FurnitureTests {
  @Test(arguments: [
    ("(AP Photo/Evan Vucci)", Paragraph.Kind.credit),
    ("Image copyright Getty Images", .credit),
    ("Anna Moneymaker/The New York Times", .credit),
    ("By Ana Swanson", .byline),
    ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press", .byline),
    ("Keith Bradsher contributed reporting from Hong Kong.", .byline),
    ("Associated Press writers Alan Fram and Zeke Miller contributed to this report.", .byline),
    ("Published 11:34 PM EST Nov 19, 2019", .byline),
    ("Continue reading the main story", .navigation),
    ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", .navigation),
    ("Related: Possible Water Plumes on Europa", .related),
    ("Most Read Business Stories", .related),
    ("Contributing: Kristine Phillips", .byline),
    ("Editor's note: This story was updated at 5:45 p.m. ET.", .byline),
    ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", .navigation),
    ("This article was originally published by The Conversation.", .byline),
    ("A version of this story first ran in the Sunday paper.", .byline),
    ("(Graphic: World stocks and the dollar this year - here)", .label),
    // An embedded tweet's signature; a caption ending in its credit; a credit in brackets.
    ("Ana Ruiz (@anaruiz_) November 18, 2019", .byline),
    ("Harbor buses at the depot on Monday (Image: GETTY )", .caption),
    ("The core stage after the engines were fitted. (credit: NASA/Jo Smith)", .caption),
    ("(NASA/JPL-Caltech/ASU)", .credit),
    // Wire credits, corrections, disclaimers, a writer's beat, a byline with its date.
    ("(Reporting by Ana Ruiz and Li Wei, editing by Dan Hale.)", .byline),
    ("Correction, Nov. 15, 2019: This article originally misidentified the publisher. It was Pocket, not Tor.", .byline),
    ("Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.", .byline),
    ("The views and opinions expressed in the article do not necessarily reflect those of the Ledger.", .byline),
    ("Caroline Hale, Ledger diplomatic correspondent", .byline),
    ("by Dan Hale — November 18, 2019", .byline),
    // Prompts, a chart's line, a related story run into its dateline and first words.
    ("Follow the Ledger's full coverage of the election at https://example.com/election", .navigation),
    ("Catch up on the campaign with our weekly politics podcast, \"Ground Game.\"", .navigation),
    ("More Ledger NBA: https://example.com/NBA", .related),
    ("This graphic, provided by Statista, shows the states where the drug is legal", .label),
    ("Council cuts fares for the first time since 1998 HARBOR CITY: The council voted on Tuesday to cut bus fares by 20 percent...", .related),
    // British datelines, a menu.
    ("Last modified on Tue 19 Nov 2019 08.12 GMT", .byline),
    ("Tue 19 Nov 2019 06.00 GMT", .byline),
    ("The Ledger is not responsible for the content of external sites.", .byline),
    ("Order Reprints | Today's Paper | Subscribe", .navigation),
    ("Story continues below", .navigation),
  ] as [(String, Paragraph.Kind)])
  func wordingMarksFurniture(text: String, kind: Paragraph.Kind) {
    #expect(FurniturePatterns.kind(of: Substring(text)) == kind)
  }

  @Test(arguments: [
    "By hyping up expectations, Trump makes a deal less likely, he said.",
    "The Supreme Court ruled 7-2 that the law was unconstitutional.",
    "Follow the money, the investigators said, and it leads to Miami.",
    "Updated figures showed that 300 people died in the floods, officials said on Tuesday in a long statement.",
    "This article was read by 2 million people in its first week, the editor said.",
    "Graphic designers earn 12 percent more than in 2015, the survey found.",
    // A date and a colon open many sentences; "originally" alone is no correction.
    "Nov. 18, 2019: The council originally planned 40 routes, the mayor said.",
    "Ana Ruiz, the city's budget director, said the plan would cost $14 million.",
    "The ruling follows years of debate (Image rights were not part of the case).",
    // A short wire lede with its dateline, wherever it stands.
    "WASHINGTON (Reuters) – The Senate voted 51-49 on Tuesday to confirm Ana Ruiz.",
    "HARBOR CITY, Maine (AP) — Bus fares fell 20 percent in 2019.",
    "Fares rose in Harbor City.",
    "Record Floods in Harbor City",
  ])
  func articleSentencesAreNotFurniture(_ text: String) {
    #expect(FurniturePatterns.kind(of: Substring(text)) == nil)
  }

  @Test func aShortParagraphAboveAChartLineStaysText() throws {
    let text = "Copper rose 0.86% to $5,880.00 a tonne.\n\n(Graphic: Global assets in 2019 - here)"
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .label])
  }

  @Test func aCaptionQuotingATitleIsStillACaption() throws {
    let text = "Prices rose 5 percent in 2018, the agency said.\n\nA scene from \"Joker\" at the Camden steps.\n\nAnna Moneymaker/The New York Times"
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .caption, .credit])
  }

  /// A writer's name and place next to a dateline is a byline (a headline alike is not); under
  /// "Topics" or "Most viewed", the tags and headlines up to the next text; a writer named in a
  /// byline, introduced as a writer, is a bio.
  @Test func listsUnderTheirHeadingAndTheWritersBioAreFurniture() throws {
    let text = """
      Ana Ruiz in Harbor City

      Tue 19 Nov 2019 06.00 GMT

      The council cut fares by 20 percent on Tuesday, the mayor said.

      Topics

      Harbor City

      Transport and public spending

      Ana Ruiz is a freelance journalist who has reported on Harbor City since 2013.

      Most viewed

      Council votes to cut fares: what we learned

      The vote was the first in 12 years, officials said.
      """
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    #expect(
      document.paragraphs.map(\.kind) == [.byline, .byline, .paragraph, .navigation, .related, .related, .bio, .related, .related, .paragraph])
    let nyt = "By Ana Ruiz and Li Wei\n\nThe council cut fares by 20 percent, the mayor said.\n\nAna Ruiz is the Harbor bureau chief. She joined in 2013."
    let second = try DocumentReader.read(Array(nyt.utf8), origin: "a.txt", format: .text)
    #expect(second.paragraphs.map(\.kind) == [.byline, .paragraph, .bio])
  }

  @Test func aShortParagraphAboveAPhotoCreditIsItsCaption() throws {
    let text = "Prices rose 5 percent in 2018, the agency said in its report on Monday.\n\nPresident Trump at the Economic Club last week.\n\nAnna Moneymaker/The New York Times"
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .caption, .credit])
  }

  /// Above a credit that carries its own caption, or above any credit when it reports speech, a
  /// paragraph is the story's.
  @Test(arguments: [
    "Ana Ruiz explained that the province is the country's breadbasket and grew 4 percent in 2019.\n\nSakib Ali/Hindustan Times/Getty Images",
    "\"I have not had any dizzy turns since recovering in 2017.\"\n\n© Martin Taylor of Aberdeenshire, Scotland Martin Taylor of Aberdeenshire",
    "A group of 40 physicians is urging the department to accept its offer of free flu shots.\n\n© John Brecher Needle poking skin during a flu shot at a health center.",
  ])
  func aStoryParagraphAboveACreditIsNoCaption(_ text: String) throws {
    let document = try DocumentReader.read(Array(("Prices rose 5 percent in 2018, the agency said.\n\n" + text).utf8), origin: "a.txt", format: .text)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .paragraph, .credit])
  }

  /// "SOURCE: News agencies" credits the story, not a photo: the story's last paragraph stays.
  @Test func aParagraphAboveTheStorysSourcesStaysText() throws {
    let text = "Prices rose 5 percent in 2018, the agency said.\n\nMore than 2,500 civilians were killed this year, according to the United Nations.\n\nSOURCE: News agencies"
    let document = try DocumentReader.read(Array(text.utf8), origin: "a.txt", format: .text)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .paragraph, .credit])
  }

  @Test func htmlMarkupMarksCaptionsBylinesAndRelatedLinks() throws {
    let body = String(repeating: "<p>The council voted on Monday to cut bus fares by 20 percent across the city, officials said in a statement.</p>", count: 6)
    let html = """
      <html><body><article>
      <div class="byline">Jane Doe</div>
      \(body)
      <figure><img src="a.jpg"><figcaption>Buses at the depot on Monday morning in the city.</figcaption></figure>
      <div class="related-stories"><p>The council also cut fares last year, when prices rose sharply.</p></div>
      </article></body></html>
      """
    let document = try DocumentReader.read(Array(html.utf8), origin: "page.html", format: .html)
    func kind(of words: String) -> Paragraph.Kind? {
      document.paragraphs.first { paragraph in
        let scalars = Array(document.text.unicodeScalars)[paragraph.start..<paragraph.end]
        return String(String.UnicodeScalarView(scalars)).contains(words)
      }?.kind
    }
    #expect(document.paragraphs.filter { $0.kind == .paragraph }.count == 6)
    #expect(kind(of: "Buses at the depot") == .caption)
    // Related links are left out of the main text, or kept and marked.
    #expect(kind(of: "also cut fares last year").map { $0 == .related } ?? true)
  }
}
