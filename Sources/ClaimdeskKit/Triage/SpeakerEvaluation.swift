import ClaimdeskExtraction

/// How often extraction names the labelled speaker of a news unit (`claimdesk eval speakers`).
/// Each page is read as `extract --all-sentences --dry-run` reads it; a label's unit is the
/// claim with its digest, else the first claim of the sentence with its sentence digest; a
/// speaker is right when `TriageMatch.sameSpeaker` says so (the last words agree, or both none).
public struct SpeakerEvaluation: Sendable {
  /// A label the extractor got wrong, for `--show-misses`.
  public struct Miss: Sendable {
    /// "missed" (none given, one labelled), "spurious" (one given, none labelled) or "wrong".
    public var what: String
    public var page: String
    public var labelled: String?
    public var given: String?
    public var sentence: String
  }

  public var pages = 0
  public var units = 0
  /// Labels whose unit and sentence the extractor no longer makes.
  public var notFound = 0
  public var right = 0
  public var misses: [Miss] = []

  /// Speakers do not depend on scores, but units are read as extraction reads them, scorer included.
  public static func run(
    labels: [NewsSpeakerLabel], scorer: any CheckWorthinessScoring, page: (String) throws -> [UInt8]
  ) throws -> SpeakerEvaluation {
    var byPage: [String: [NewsSpeakerLabel]] = [:]
    var order: [String] = []
    for label in labels {
      if byPage[label.page] == nil { order.append(label.page) }
      byPage[label.page, default: []].append(label)
    }
    var result = SpeakerEvaluation()
    var options = ExtractionOptions()
    options.minimumScore = 0
    options.dryRun = true
    for id in order {
      let read = try Workbench.read(try page(id), origin: id, options: options, scorer: scorer)
      result.add(byPage[id] ?? [], read, page: id)
    }
    return result
  }

  mutating func add(_ labels: [NewsSpeakerLabel], _ read: ExtractionResult, page: String) {
    pages += 1
    // The first claim of each unit digest and of each sentence digest, with its sentence.
    var byUnit: [String: (claim: ExtractedClaim, sentence: String)] = [:]
    var bySentence: [String: (claim: ExtractedClaim, sentence: String)] = [:]
    for entry in read.claims {
      let found = (claim: entry.claim, sentence: read.sentenceText(entry.claim.sentenceIndex) ?? "")
      let unit = NewsUnitLabel.digest(entry.claim.text)
      let sentence = NewsUnitLabel.digest(found.sentence)
      if byUnit[unit] == nil { byUnit[unit] = found }
      if bySentence[sentence] == nil { bySentence[sentence] = found }
    }
    for label in labels {
      units += 1
      guard let (claim, sentence) = byUnit[label.unit] ?? bySentence[label.sentence] else {
        notFound += 1
        continue
      }
      if TriageMatch.sameSpeaker(label.speaker, claim.speaker) {
        right += 1
        continue
      }
      let what = claim.speaker == nil ? "missed" : label.speaker == nil ? "spurious" : "wrong"
      misses.append(
        Miss(what: what, page: String(page.prefix(10)), labelled: label.speaker, given: claim.speaker, sentence: sentence))
    }
  }
}
