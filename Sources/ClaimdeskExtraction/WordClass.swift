/// The classes a lexicon word belongs to; a word may have several ("fell": change, past).
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt64

  static let universal = WordClass(rawValue: 1 << 0)
  static let comparative = WordClass(rawValue: 1 << 1)
  static let superlative = WordClass(rawValue: 1 << 2)
  static let change = WordClass(rawValue: 1 << 3)
  static let causal = WordClass(rawValue: 1 << 4)
  static let law = WordClass(rawValue: 1 << 5)
  /// reportedly, allegedly, apparently, ...
  static let hedge = WordClass(rawValue: 1 << 6)
  /// may, might, could
  static let modal = WordClass(rawValue: 1 << 7)
  /// said, told, says: may introduce reported content directly.
  static let speech = WordClass(rawValue: 1 << 8)
  /// confirmed, denied, indicated: reported speech only before "that".
  static let speechWeak = WordClass(rawValue: 1 << 9)
  /// Titles before a name: President, Minister, Spokesman, Mr.
  static let title = WordClass(rawValue: 1 << 10)
  /// Nouns naming a role after "the": minister, spokesman.
  static let role = WordClass(rawValue: 1 << 11)
  /// Words that make a name an organisation: Party, Department, Times.
  static let org = WordClass(rawValue: 1 << 12)
  static let month = WordClass(rawValue: 1 << 13)
  static let weekday = WordClass(rawValue: 1 << 14)
  static let numberWord = WordClass(rawValue: 1 << 15)
  static let multiplier = WordClass(rawValue: 1 << 16)
  static let ordinalWord = WordClass(rawValue: 1 << 17)
  static let timeUnit = WordClass(rawValue: 1 << 18)
  /// yesterday, today, tomorrow, tonight
  static let relativeDay = WordClass(rawValue: 1 << 19)
  /// this, last, next, past, previous, coming
  static let deictic = WordClass(rawValue: 1 << 20)
  /// I, we, we're, my, our
  static let firstPerson = WordClass(rawValue: 1 << 21)
  /// he, she
  static let personPronoun = WordClass(rawValue: 1 << 22)
  /// think, believe, concerned, hope: with a first person, an opinion.
  static let feeling = WordClass(rawValue: 1 << 23)
  /// should, must, ought: a normative statement.
  static let normative = WordClass(rawValue: 1 << 24)
  /// will, would, shall, won't: a prediction or promise.
  static let future = WordClass(rawValue: 1 << 25)
  /// Irregular past tenses: took, made, left.
  static let past = WordClass(rawValue: 1 << 26)
  /// has, have, had
  static let perfect = WordClass(rawValue: 1 << 27)
  /// is, are, was, be, been
  static let copula = WordClass(rawValue: 1 << 28)
  /// the, a, an, his, their
  static let determiner = WordClass(rawValue: 1 << 29)
  /// Words allowed between a speaker and the verb: reportedly, also, later.
  static let adverb = WordClass(rawValue: 1 << 30)
  /// of, de, van, bin: may sit inside a name.
  static let connector = WordClass(rawValue: 1 << 31)
  /// Function words that start sentences and are never names: The, However, But.
  static let common = WordClass(rawValue: 1 << 32)
  /// source, officials, aides: an unnamed source.
  static let anonymous = WordClass(rawValue: 1 << 33)
  /// Evaluative words: pivotal, unacceptable, outrageous.
  static let evaluative = WordClass(rawValue: 1 << 34)
  /// Promise and forecast verbs: vowed, promised, predicted, expects.
  static let promise = WordClass(rawValue: 1 << 35)
  /// daily, weekly, annually
  static let frequency = WordClass(rawValue: 1 << 36)
  /// Currency words after a number: dollars, euros, shekels.
  static let currencyWord = WordClass(rawValue: 1 << 37)
  /// Adjectives ending in -ed that are not events: concerned, interested, so-called.
  static let notPast = WordClass(rawValue: 1 << 38)
  /// it, they: an organisation's pronoun when it speaks ("it added", "they said").
  static let bodyPronoun = WordClass(rawValue: 1 << 39)
  /// When, After, While, Although: a subordinate clause before the main one.
  static let subordinator = WordClass(rawValue: 1 << 40)
  /// saying, adding, noting: ", saying X" gives X to the sentence's subject.
  static let speechParticiple = WordClass(rawValue: 1 << 41)
  /// easy, difficult, exciting, unpredictable: a judgement when said of something ("is not easy").
  static let subjective = WordClass(rawValue: 1 << 42)
  /// very, so, too, really, extremely: a degree before an adjective.
  static let degree = WordClass(rawValue: 1 << 43)
  /// found, showed, concluded, recalled: reported speech only right before "that" ("Police
  /// found the car" reports an act; "the study found that" a statement).
  static let speechThat = WordClass(rawValue: 1 << 44)
  /// continued, responded, replied, recounted: verbs of saying in a quotation's frame ("...," he continued)
  /// or before "that", not elsewhere ("the rain continued").
  static let frameVerb = WordClass(rawValue: 1 << 45)
  /// comment, reached, respond: the last word of the no-comment formula ("declined to comment").
  static let noCommentEnd = WordClass(rawValue: 1 << 46)
}
