/// A checkable statement found in a document.
public struct ExtractedClaim: Sendable, Equatable {
  /// The statement itself: the quoted sentence of a direct quote, the reported content of
  /// reported speech, else the sentence; without trailing `.`/`,`.
  public var text: String
  /// Index into the sentences given to `ClaimExtractor.extract`.
  public var sentenceIndex: Int
  /// Unicode scalar offsets of `text` in `Document.text` (end exclusive).
  public var start: Int
  public var end: Int
  /// Unicode scalar offsets of the whole sentence in `Document.text` (end exclusive), as given
  /// to `ClaimExtractor.extract` (clamped to the text).
  public var sentenceStart: Int
  public var sentenceEnd: Int
  /// Its kinds, in the order of `ClaimKind.allCases`.
  public var kinds: [ClaimKind]
  /// Who made the claim, resolved inside the document ("Benjamin Netanyahu"); nil for the
  /// author's own narration or an unnamed source.
  public var speaker: String?
  /// Distance markers, lowercased, in order of appearance: "reportedly", "according to",
  /// "unnamed source" (a source the article does not name), "may", "could", ...; and
  /// `citedStudyHedge` for a statement a study is cited for.
  public var hedges: [String]
  /// The hedge of a statement a study is cited for ("according to a paper published in ..."):
  /// the study, not a speaker's word, is what to check.
  public static let citedStudyHedge = "cites a study"
  public var cues: [ClaimCue]
  /// URLs of `Document.links` that stand inside the claim's sentence.
  public var suggestedSources: [String]
  /// Check-worthiness in [0, 1] (0.5 is the threshold): the scorer's score adjusted by the
  /// rules, see `ClaimScoreRules`.
  public var score: Double

  public init(
    text: String, sentenceIndex: Int, start: Int, end: Int, sentenceStart: Int, sentenceEnd: Int, kinds: [ClaimKind], speaker: String?,
    hedges: [String], cues: [ClaimCue], suggestedSources: [String], score: Double
  ) {
    self.text = text
    self.sentenceIndex = sentenceIndex
    self.start = start
    self.end = end
    self.sentenceStart = sentenceStart
    self.sentenceEnd = sentenceEnd
    self.kinds = kinds
    self.speaker = speaker
    self.hedges = hedges
    self.cues = cues
    self.suggestedSources = suggestedSources
    self.score = score
  }
}
