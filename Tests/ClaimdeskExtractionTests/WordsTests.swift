import Testing
@testable import ClaimdeskExtraction

@Suite struct WordsTests {
  /// The literal hashes in `Words` must be the hashes of their words.
  @Test func literalsAreTheHashesOfTheirWords() {
    #expect(Words.spelled.count > 50)
    for (word, hash) in Words.spelled { #expect(WordHash.of(word) == hash, "\(word)") }
    for word in ["ministry", "military", "court", "administration", "authority", "regulator", "watchdog"] {
      #expect(Words.isBody(WordHash.of(word)))
    }
    #expect(!Words.isBody(WordHash.of("minister")))
    for word in ["company", "firm", "agency", "group", "corporation", "organisation", "organization"] {
      #expect(Words.isDefiniteBody(WordHash.of(word)), "\(word)")
    }
    for word in ["co", "inc", "corp", "ltd", "llc", "plc", "ag", "gmbh"] { #expect(Words.isLegalSuffix(WordHash.of(word)), "\(word)") }
    #expect(!Words.isDefiniteBody(WordHash.of("police")) && !Words.isLegalSuffix(WordHash.of("company")))
    for word in ["poll", "survey", "study", "report", "analysis", "review", "audit"] {
      #expect(Words.isDocument(WordHash.of(word)), "\(word)")
    }
    #expect(!Words.isDocument(WordHash.of("reporter")))
    for word in ["study", "paper", "research", "analysis", "findings", "researchers"] {
      #expect(Words.isStudy(WordHash.of(word)), "\(word)")
    }
    for word in ["author", "authors", "coauthor", "researcher", "investigator"] { #expect(Words.isAuthorRole(WordHash.of(word)), "\(word)") }
    for word in ["lead", "senior", "first", "corresponding", "principal", "chief"] {
      #expect(Words.isAuthorModifier(WordHash.of(word)), "\(word)")
    }
    for word in ["respiratory", "court", "courts", "house", "chamber", "education", "case", "back", "body", "lip", "jaw", "abdomen", "half", "deck"] {
      #expect(Words.isPositionalNoun(WordHash.of(word)), "\(word)")
    }
    #expect(!Words.isStudy(WordHash.of("report")) && !Words.isStudy(WordHash.of("trial")) && !Words.isStudy(WordHash.of("scientists")) && !Words.isAuthorRole(WordHash.of("writer")))
  }
}
