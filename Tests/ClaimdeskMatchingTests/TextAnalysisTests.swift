import Testing
@testable import ClaimdeskMatching

@Suite struct TextAnalysisTests {
  @Test func tokenizerLowercasesFoldsAccentsAndKeepsNumbers() {
    let tokens = TextTokenizer().tokens("McDonald’s $1,000.50 DON'T Café — naïve 'quoted'")
    #expect(tokens == ["mcdonalds", "1000.50", "dont", "cafe", "naive", "quoted"])
  }

  @Test func tokenizerSplitsNonLatinScriptsOnPunctuation() {
    #expect(TextTokenizer().tokens("Путин, сказал") == ["путин", "сказал"])
  }

  @Test(arguments: [
    ("caresses", "caress"), ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"),
    ("running", "run"), ("agreed", "agre"), ("happy", "happi"), ("conditional", "condit"),
    ("generalization", "gener"), ("vaccines", "vaccin"), ("sky", "sky"),
  ])
  func porterStemsLikeTheReference(word: String, stem: String) {
    #expect(String(decoding: Stemmer.porter.stem(Array(word.utf8)), as: UTF8.self) == stem)
  }

  @Test(arguments: [("claims", "claim"), ("policies", "policy"), ("glass", "glass"), ("virus", "virus"), ("shoes", "shoe")])
  func sStemmerOnlyRemovesPlurals(word: String, stem: String) {
    #expect(String(decoding: Stemmer.sStemmer.stem(Array(word.utf8)), as: UTF8.self) == stem)
  }

  @Test func analyzerDropsStopWordsButKeepsNegation() {
    #expect(TextAnalyzer.standard.terms("The vaccine is not safe") == ["vaccin", "not", "safe"])
  }

  @Test func tweetCleanerRemovesDebris() {
    let tweet = "RT @someone: DEFUND. CBC. #DefundTheCBChttps://t.co/CsHG8R9cHp pic.twitter.com/abc &amp; more — Brad Trost 🇨🇦 (@BradTrostCPC) December 26, 2019"
    #expect(TweetCleaner(keepSignatureName: false).clean(tweet) == "DEFUND. CBC. Defund The CBC & more")
    #expect(TweetCleaner().clean(tweet).hasSuffix("& more Brad Trost 🇨🇦"))
  }
}

@Suite struct TweetSignatureTests {
  @Test func everySignatureGoesNotOnlyTheLast() {
    let tweet = "Puerto Rico is in deep trouble. — Donald J. Trump (@realDonaldTrump) September 26, 2017 Never paid back the $33 mil bond — Lainie Green (@AureliaGroup) September 26, 2017"
    let cleaned = TweetCleaner(keepSignatureName: false).clean(tweet)
    #expect(cleaned == "Puerto Rico is in deep trouble. Never paid back the $33 mil bond")
    #expect(TweetCleaner().clean(tweet).contains("Donald J. Trump Never paid"))
    #expect(FigureExtractor().figures(in: cleaned).map(\.kind) == [.money])
  }
}
