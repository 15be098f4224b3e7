import ClaimdeskExtraction
import ClaimdeskLedger
import ClaimdeskSupport
import ClaimdeskText

/// A claim typed by hand (`claimdesk add`), read by the same extractor as a document's sentences
/// so it is scored, typed and attributed like them: "Con Edison said 20,000 customers lost
/// power" gets its score, its kinds and cues, and Con Edison as speaker unless one is given.
struct HandAddedClaim {
  var text: String
  var speaker: String?
  var analysis: ExtractedClaim?

  init(text: String, speaker: String?, scorer: any CheckWorthinessScoring) {
    self.text = text
    let document = PlainTextReader.read(text)
    let found = ClaimExtractor(scorer: scorer).extract(from: document)
    // The claim that covers most of what was typed; a hand-added claim is one statement.
    analysis = found.max { ($0.end - $0.start) < ($1.end - $1.start) }
    self.speaker = speaker ?? analysis?.speaker
  }

  /// The `claim.added` data: text and origin, and what the extractor read.
  var payload: ClaimAddedPayload {
    var data = ClaimAddedPayload(text: text)
    data.origin = "manual"
    data.speaker = speaker
    guard let claim = analysis else { return data }
    data.score = Int((claim.score * 1_000_000).rounded())
    data.kinds = claim.kinds.map(\.rawValue)
    data.hedges = claim.hedges
    data.cues = claim.cues.map(Workbench.cueRecord)
    return data
  }
}
