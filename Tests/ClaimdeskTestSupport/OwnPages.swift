/// Pages of the team's own making, each with the main text a reader would want from it.
public enum OwnPages {
  public struct Page: Sendable {
    public var name: String
    public var html: String
    public var expected: [String]
  }

  public static let siteChrome = """
    <header class="site-header"><a href="/" class="logo">The Harbour Gazette</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
    <li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    <form class="search"><input name="q"><button>Search</button></form></header>
    """

  public static let siteFooter = """
    <footer><p>© 2024 The Harbour Gazette. All rights reserved.</p><ul><li><a href="/about">About us</a></li>
    <li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>
    """

  public static let withComments = Page(
    name: "comments",
    html: """
      <!doctype html><html lang="en"><head><title>Harbour dredging to start in May | The Harbour Gazette</title></head><body>
      \(siteChrome)
      <main><article><h1>Harbour dredging to start in May</h1>
      <p class="byline">By Ann Lee, 3 March 2024</p>
      <p>Work to deepen the main shipping channel will begin in May, the port authority said on Tuesday, after two years of delays caused by a dispute over where the dredged silt should go.</p>
      <p>The authority expects the project to cost 42 million euros and to take about eighteen months. Ships drawing up to fourteen metres will then be able to enter at any tide.</p>
      <h2>Fishermen worried</h2>
      <p>Local fishermen say the work will disturb breeding grounds in the outer bay. Their association has asked for the dredging to pause between June and August, when the catch is highest.</p>
      <p>A spokesperson for the authority said the timetable had been designed with the association and would not change.</p>
      </article>
      <section id="comments" class="comments-area"><h3>14 comments</h3><ol class="comment-list">
      <li class="comment"><p class="comment-author">harbourwatcher</p><p>This has been promised for years and I will believe it when I see the dredgers in the channel, frankly.</p></li>
      <li class="comment"><p class="comment-author">Pete M.</p><p>Good news for the port, but who pays when the silt ends up on our beaches again like it did in the nineties?</p></li>
      <li class="comment"><p class="comment-author">sailor_jo</p><p>The fishermen have a point. The timing is terrible for the breeding season and nobody seems to care about that.</p></li>
      </ol><form class="comment-form"><textarea>Leave a reply</textarea><button>Post comment</button></form></section>
      </main>
      \(siteFooter)
      </body></html>
      """,
    expected: [
      "Work to deepen the main shipping channel will begin in May, the port authority said on Tuesday, after two years of delays caused by a dispute over where the dredged silt should go.",
      "The authority expects the project to cost 42 million euros and to take about eighteen months. Ships drawing up to fourteen metres will then be able to enter at any tide.",
      "Fishermen worried",
      "Local fishermen say the work will disturb breeding grounds in the outer bay. Their association has asked for the dredging to pause between June and August, when the catch is highest.",
      "A spokesperson for the authority said the timetable had been designed with the association and would not change.",
    ])

  public static let withCookieBanner = Page(
    name: "cookie banner",
    html: """
      <html><head><title>Library opens late on Thursdays</title></head><body>
      <div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to improve your experience on our site, to analyse traffic and to show you personalised content. By clicking accept you agree to this use.</p>
      <button>Accept all</button><button>Manage settings</button></div>
      \(siteChrome)
      <div class="page"><div class="content">
      <h1>Library opens late on Thursdays</h1>
      <p>The central library will stay open until nine in the evening every Thursday from next month, the city council announced.</p>
      <p>Councillors approved the longer hours after a survey found that more than half of residents could not visit during the working day.</p>
      <p>The extra hours will be staffed by volunteers from the Friends of the Library group, who will also run a homework club for secondary school pupils.</p>
      </div>
      <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/a">Bridge closed for repairs</a></li><li><a href="/b">New bus timetable</a></li><li><a href="/c">Storm warning for the coast</a></li></ol></aside>
      </div>
      \(siteFooter)
      </body></html>
      """,
    expected: [
      "The central library will stay open until nine in the evening every Thursday from next month, the city council announced.",
      "Councillors approved the longer hours after a survey found that more than half of residents could not visit during the working day.",
      "The extra hours will be staffed by volunteers from the Friends of the Library group, who will also run a homework club for secondary school pupils.",
    ])

  public static let relatedTeasers = (1...12).map { i in
    """
    <li><a href="/story/\(i)"><h4>Story number \(i) about the town council and its budget</h4></a>
    <p>A short summary of story \(i), which a reader might click on to read the whole of it later today.</p></li>
    """
  }.joined(separator: "\n")

  public static let relatedLinks = (1...40).map { "<li><a href=\"/topic/\($0)\">Topic \($0)</a></li>" }.joined()

  public static let withRelatedFooter = Page(
    name: "related-links footer",
    html: """
      <html><head><title>Ferry fares rise by five percent</title></head><body>
      \(siteChrome)
      <div id="wrapper"><div class="story">
      <h1>Ferry fares rise by five percent</h1>
      <p>Fares on the island ferry will rise by five percent from April, the operator said, blaming higher fuel and insurance costs.</p>
      <p>A return ticket for a car and two passengers will cost 64 euros, up from 61. Season tickets for islanders are frozen at last year's price.</p>
      <p>"We have held prices for three years, but we cannot absorb these costs any longer," the operator's chief executive said.</p>
      </div>
      <div><h2>More from the Gazette</h2><ul>\(relatedTeasers)</ul></div>
      <div><h3>Topics</h3><ul>\(relatedLinks)</ul></div>
      </div>
      \(siteFooter)
      </body></html>
      """,
    expected: [
      "Fares on the island ferry will rise by five percent from April, the operator said, blaming higher fuel and insurance costs.",
      "A return ticket for a car and two passengers will cost 64 euros, up from 61. Season tickets for islanders are frozen at last year's price.",
      "\"We have held prices for three years, but we cannot absorb these costs any longer,\" the operator's chief executive said.",
    ])

  public static let onlyAList = Page(
    name: "only a list",
    html: """
      <html><head><title>Packing list for the coastal walk</title></head><body>
      \(siteChrome)
      <div class="main"><h1>Packing list for the coastal walk</h1>
      <ul><li>Waterproof jacket</li><li>Walking boots</li><li>Two litres of water</li><li>Sun cream</li>
      <li>Map of the coast path</li><li>First aid kit</li><li>Warm hat and gloves</li></ul></div>
      \(siteFooter)
      </body></html>
      """,
    expected: [
      "Waterproof jacket", "Walking boots", "Two litres of water", "Sun cream", "Map of the coast path", "First aid kit",
      "Warm hat and gloves",
    ])

  public static let inGerman = Page(
    name: "another language",
    html: """
      <html lang="de"><head><meta charset="utf-8"><title>Neue Radwege für die Altstadt – Hafenbote</title></head><body>
      <nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a></nav>
      <article><h1>Neue Radwege für die Altstadt</h1>
      <p>Die Stadt will bis zum Herbst drei neue Radwege durch die Altstadt bauen. Das hat der Bauausschuss am Mittwoch einstimmig beschlossen.</p>
      <p>Die Kosten von rund 1,2 Millionen Euro übernimmt zu einem großen Teil das Land. Anwohner sollen über die genaue Führung der Wege mitreden dürfen.</p>
      <p>Der Fahrradclub begrüßte die Pläne, forderte aber eine schnellere Umsetzung: „Jeder Monat ohne sichere Wege ist ein Monat zu viel.“</p>
      </article>
      <div class="share"><a href="https://facebook.com/share">Teilen</a> <a href="https://twitter.com/share">Twittern</a></div>
      <footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
      </body></html>
      """,
    expected: [
      "Die Stadt will bis zum Herbst drei neue Radwege durch die Altstadt bauen. Das hat der Bauausschuss am Mittwoch einstimmig beschlossen.",
      "Die Kosten von rund 1,2 Millionen Euro übernimmt zu einem großen Teil das Land. Anwohner sollen über die genaue Führung der Wege mitreden dürfen.",
      "Der Fahrradclub begrüßte die Pläne, forderte aber eine schnellere Umsetzung: „Jeder Monat ohne sichere Wege ist ein Monat zu viel.“",
    ])

  public static let all = [withComments, withCookieBanner, withRelatedFooter, onlyAList, inGerman]
}
