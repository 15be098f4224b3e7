import Testing
@testable import ClaimdeskText

@Suite struct HTMLMetadataTests {
  static let article = "<p>The council voted on Tuesday to close the old swimming pool at the end of the summer season.</p>"

  @Test func readsJSONLDFirst() throws {
    let html = """
      <html lang="en-GB"><head><title>Pool to close - Gazette</title>
      <meta property="og:title" content="Pool to close">
      <meta property="og:site_name" content="The Gazette">
      <meta name="author" content="Someone Else">
      <link rel="canonical" href="/news/pool-to-close">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
       {"@type": ["NewsArticle"], "headline": "Pool to close",
        "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
        "datePublished": "2015-11-24T09:00:00Z", "publisher": {"name": "Gazette Media"}}]}
      </script></head><body><article>\(Self.article)</article></body></html>
      """
    let document = try HTMLReader.read(Array(html.utf8), url: "https://gazette.example/news/pool-to-close?utm=1")
    #expect(document.title == "Pool to close")
    #expect(document.metadata.byline == "Ann Lee, Bo Chan")
    #expect(document.metadata.published == "2015-11-24T09:00:00Z")
    #expect(document.metadata.url == "https://gazette.example/news/pool-to-close")
    #expect(document.metadata.siteName == "The Gazette")
    #expect(document.metadata.language == "en-GB")
    #expect(document.format == .html)
  }

  @Test func fallsBackToMetaTagsAndTime() throws {
    let html = """
      <html><head><title>  Pool
        to close  </title><meta name="author" content="By Ann Lee">
      <meta http-equiv="content-language" content="en_US"></head>
      <body><article><time datetime="2015-11-24">24 November</time>\(Self.article)</article></body></html>
      """
    let document = try HTMLReader.read(Array(html.utf8))
    #expect(document.title == "Pool to close")
    #expect(document.metadata.byline == "Ann Lee")
    #expect(document.metadata.published == "2015-11-24")
    #expect(document.metadata.language == "en-US")
    #expect(document.metadata.url == nil)
  }

  @Test func invalidJSONLDIsIgnored() throws {
    let html = """
      <html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": </script>
      <meta property="article:published_time" content="2020-01-02"></head><body>\(Self.article)</body></html>
      """
    let document = try HTMLReader.read(Array(html.utf8))
    #expect(document.metadata.byline == nil)
    #expect(document.metadata.published == "2020-01-02")
  }

  @Test func linksCoverTheirAnchorText() throws {
    let html = """
      <html><body><article><p>The report by <a href="/reports/2015">the state auditor</a> found that \
      spending rose by <a href="https://stats.example/spend">nine percent</a> in a single year.</p></article></body></html>
      """
    let document = try HTMLReader.read(Array(html.utf8), url: "https://gazette.example/news/x")
    let scalars = Array(document.text.unicodeScalars)
    let anchors = document.links.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    #expect(anchors == ["the state auditor", "nine percent"])
    #expect(document.links.map(\.url) == ["https://gazette.example/reports/2015", "https://stats.example/spend"])
  }
}
