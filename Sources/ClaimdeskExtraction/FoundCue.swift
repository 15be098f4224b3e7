/// A cue over tokens `first...last` of a sentence, before it becomes a `ClaimCue`.
struct FoundCue {
  var kind: CueKind
  var first: Int
  var last: Int
  var value: String?
}
