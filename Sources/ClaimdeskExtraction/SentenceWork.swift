/// What the pass learned about one sentence, kept until its paragraph ends (a quotation's
/// speaker may be named in a later sentence of the paragraph).
struct SentenceWork {
  var index: Int
  var tokens: [Token]
  /// The sentence's scalar offsets, clamped to the text.
  var start = 0
  var end = 0
  /// The sentence's offsets as given (the links inside it are its suggested sources).
  var given = 0..<0
  /// The text of the sentence before it, when that is prose: the scorer's context.
  var previous: String?
  var pieces: [QuotePiece] = []
  /// Tokens of the quotations' attribution frames ("Kerry said", "said the prime minister"):
  /// what a whole statement leaves out.
  var frame: Set<Int> = []
  var cues: [FoundCue] = []
  /// Reported content (`Netanyahu said there could be ...`) as tokens first...last.
  var reported: (first: Int, last: Int, attribution: Attribution)?
  /// The main clause after reported content in a subordinate one ("While Lee said A, B"):
  /// the writer's statement, no speaker.
  var mainClause: (first: Int, last: Int)?
  /// "according to the daily Ha'aretz": the source, and the sentence without the phrase.
  var according: (first: Int, last: Int, attribution: Attribution)?
}
