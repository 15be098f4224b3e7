import Testing
@testable import ClaimdeskText

/// Article paragraphs that a news page writes in ways that once made the reader drop them: a
/// hover card inside a sentence, a sentence that is mostly one link, comments inside words, the
/// last paragraph above the site's copyright notice. Furniture written the same ways stays out.
@Suite struct HTMLArticleParagraphTests {
  static let body = String(
    repeating: "<p>The council voted on Monday to cut bus fares by 20 percent across the city, officials said in a statement.</p>",
    count: 4)

  static func page(_ article: String) -> [UInt8] {
    Array("<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>\(article)</article></body></html>".utf8)
  }

  static func paragraphTexts(_ document: Document) -> [String] {
    let scalars = Array(document.text.unicodeScalars)
    return document.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
  }

  @Test func aHoverCardInsideASentenceIsLeftOutAndTheSentenceKept() throws {
    let card = """
      <span class="people"><a href="/people/jane-roe">Jane Roe</a><span class="people-block"><span>\
      <img src="roe.jpg"><a class="name" href="/people/jane-roe">Jane Roe</a>\
      <a href="/news/1">Roe backs the new budget for the harbour district after a long debate</a> \
      <a href="/news/2">Roe asks the court for compassion in the sentencing of a man who threatened her</a> \
      <a class="more" href="/people/jane-roe">MORE</a></span></span></span>
      """
    let html = Self.page(
      "<p>A man pleaded guilty to charges he threatened to kill Rep. \(card) (D-Minn.), the prosecutor's office <a href=\"https://example.gov/release\">announced</a> Monday.</p>"
        + Self.body)
    let document = try HTMLReader.read(html, url: "https://news.example/story")
    let first = try #require(Self.paragraphTexts(document).first)
    #expect(first == "A man pleaded guilty to charges he threatened to kill Rep. Jane Roe (D-Minn.), the prosecutor's office announced Monday.")
    #expect(!document.text.contains("harbour district"))
    // The name's link keeps its place; the card's links are gone with it.
    let scalars = Array(document.text.unicodeScalars)
    let anchors = document.links.map { (String(String.UnicodeScalarView(scalars[$0.start..<$0.end])), $0.url) }
    #expect(anchors.map(\.0) == ["Jane Roe", "announced"])
    #expect(anchors.map(\.1) == ["https://news.example/people/jane-roe", "https://example.gov/release"])
  }

  @Test func anInlineImageWithOneLinkStaysText() throws {
    let html = Self.page(
      "<p>The report, <span class=\"doc\"><img src=\"pdf.png\"> <a href=\"/report.pdf\">published on Friday</a></span>, found that 40 percent of the bridges need repairs.</p>"
        + Self.body)
    let document = try HTMLReader.read(html)
    #expect(Self.paragraphTexts(document).first == "The report, published on Friday, found that 40 percent of the bridges need repairs.")
  }

  @Test func aSentenceThatIsMostlyOneLinkIsKept() throws {
    let html = Self.page(
      Self.body
        + "<p>The suspect, Michael Webb, was convicted and <a href=\"/news/sentencing-begins\">sentenced to life in federal prison last Thursday</a>.</p>"
        + "<p>Australian-born Assange faces <a href=\"/charge\">a charge of conspiracy to commit computer intrusion in the US</a>.</p>"
        + "<div class=\"embedded article\"><ul><li><h3><a href=\"/news/transit\">Help Shape the Future of Public Transit in Fort Worth</a></h3></li></ul></div>"
        + "<p>Read more: <a href=\"/news/older\">Council cut bus fares by a fifth last year, when prices rose.</a></p>"
        + "<p><a href=\"/a\">Politics</a> | <a href=\"/b\">Business and the economy</a> | <a href=\"/c\">Science</a>.</p>"
        + Self.body)
    let texts = Self.paragraphTexts(try HTMLReader.read(html))
    #expect(texts.contains("The suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday."))
    #expect(texts.contains("Australian-born Assange faces a charge of conspiracy to commit computer intrusion in the US."))
    // A related headline, a "Read more:" line ending in its link and a menu are still link lists.
    #expect(!texts.contains { $0.contains("Public Transit") || $0.contains("Read more") || $0.contains("Politics") })
    #expect(texts.count == 10)
  }

  @Test func aSentenceAroundLinksInACaptionIsAPromotion() throws {
    let html = Self.page(
      Self.body
        + "<figure><img src=\"cover.jpg\"><figcaption><p><a href=\"/subscribe\"><em>Need more space? </em></a>"
        + "<a href=\"/subscribe\"><em>Subscribe to our sister title \"All About Space\" Magazine</em></a>"
        + "<em> for the latest amazing news from the final frontier!</em></p></figcaption></figure>"
        + Self.body)
    let document = try HTMLReader.read(html)
    #expect(!document.text.contains("sister title"))
    #expect(document.paragraphs.count == 8)
  }

  @Test func commentsInsideWordsJoinTheText() throws {
    let html = Self.page(
      "<p>“We’re taking in billions of dollars in tariff money from China,” Mr. Trump said on Nov. 8. “I like <!-- -->our<!-- --> situation very much.”<!-- --> They want a deal.</p>"
        + Self.body)
    let document = try HTMLReader.read(html)
    #expect(Self.paragraphTexts(document).first
      == "“We’re taking in billions of dollars in tariff money from China,” Mr. Trump said on Nov. 8. “I like our situation very much.” They want a deal.")
  }

  @Test func theLastParagraphAboveTheSitesCopyrightIsNoCaption() throws {
    let card = { (text: String) in "<div class=\"card\"><div class=\"card-content\"><p>\(text)</p></div></div>" }
    let html =
      "<html><body><div class=\"cards\">"
      + card("Paganini and his team reported that they detected 5,200 pounds of water vapor being released from Europa per second.")
      + card("The discovery was announced in an article published Monday in the journal Nature Astronomy, the team said.")
      + "<div class=\"card\"><iframe src=\"https://video.example/embed/1\"></iframe></div>"
      + card("Europa ― located some 390 million miles away ― is slightly smaller than Earth’s Moon.")
      + card("<i>Copyright 2019 Hawaii News Now. All rights reserved.</i>")
      + "</div></body></html>"
    let document = try DocumentReader.read(Array(html.utf8), origin: "page.html", format: .html)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .paragraph, .paragraph, .credit])
  }

  @Test(arguments: ["© 2019 Thomson Reuters. Republication is prohibited.", "Copyright 2019 Cable News Network"])
  func aSitesNoticeInMarkupIsNoPhotoCredit(notice: String) throws {
    let html =
      "<html><body><article>\(Self.body)<p>Europa is slightly smaller than Earth’s Moon, scientists said.</p>"
      + "<p class=\"copyright\">\(notice)</p></article></body></html>"
    let document = try DocumentReader.read(Array(html.utf8), origin: "page.html", format: .html)
    #expect(document.paragraphs.map(\.kind) == [.paragraph, .paragraph, .paragraph, .paragraph, .paragraph, .credit])
  }

  @Test func aShortParagraphAboveAPhotoCreditIsStillItsCaption() throws {
    let html =
      "<html><body><article>\(Self.body)<p>President Trump at the Economic Club last week.</p>"
      + "<p>Photo: Anna Moneymaker/The New York Times</p></article></body></html>"
    let document = try DocumentReader.read(Array(html.utf8), origin: "page.html", format: .html)
    #expect(document.paragraphs.suffix(2).map(\.kind) == [.caption, .credit])
  }
}
