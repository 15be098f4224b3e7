/// One cue in a claim: what it is, the text it stands on (scalar offsets into `Document.text`)
/// and a normalised value where there is one (a number, a year, a resolved date).
public struct ClaimCue: Sendable, Equatable {
  public var kind: CueKind
  public var text: String
  public var start: Int
  public var end: Int
  public var value: String?

  public init(kind: CueKind, text: String, start: Int, end: Int, value: String? = nil) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.value = value
  }
}
