import ClaimdeskExtraction
import Foundation

/// The four triage figures over labelled pages, counted on what `extract --dry-run --json`
/// records for each page with the given options (see `TriageMatch` for when a labelled string
/// counts as recorded).
public struct TriageEvaluation: Sendable {
  /// A labelled string and what the extractor did with it, for `--show-misses`.
  public struct Miss: Sendable {
    public var page: String
    public var what: String
    public var text: String
    public var detail: String
  }

  public var pages = 0
  public var sentences = 0
  public var recordedClaims = 0
  public var claims = 0
  public var claimsRecorded = 0
  public var rightSpeaker = 0
  public var furniture = 0
  public var furnitureRecorded = 0
  public var nonclaims = 0
  public var nonclaimsRecorded = 0
  public var misses: [Miss] = []

  /// Reads each page through `page(id)` (the page's HTML bytes), extracts as `extract --dry-run`
  /// does and counts.
  public static func run(
    labels: [TriageLabel], options: ExtractionOptions, scorer: any CheckWorthinessScoring,
    page: (String) throws -> [UInt8]
  ) throws -> TriageEvaluation {
    var result = TriageEvaluation()
    for label in labels {
      var settings = options
      settings.dryRun = true
      let read = try Workbench.read(try page(label.id), origin: label.id, options: settings, scorer: scorer)
      result.add(label, read)
    }
    return result
  }

  private struct Recorded {
    var text: String
    var sentence: String
    var speaker: String?
  }

  mutating func add(_ label: TriageLabel, _ read: ExtractionResult) {
    pages += 1
    sentences += read.sentenceCount
    recordedClaims += read.claims.count
    let recorded = read.claims.map { entry in
      Recorded(
        text: TriageMatch.normalised(entry.claim.text),
        sentence: TriageMatch.normalised(read.sentenceText(entry.claim.sentenceIndex) ?? ""), speaker: entry.claim.speaker)
    }
    let page = String(label.id.prefix(10))
    for claim in label.claims {
      claims += 1
      let wanted = TriageMatch.normalised(claim.text)
      let matching = recorded.filter { TriageMatch.records(label: wanted, claimText: $0.text, sentence: $0.sentence) }
      guard !matching.isEmpty else {
        misses.append(Miss(page: page, what: "claim not recorded", text: claim.text, detail: ""))
        continue
      }
      claimsRecorded += 1
      // The speaker is read off the claim that holds the labelled words, else off its sentence.
      let best = matching.first { TriageMatch.overlaps(label: wanted, claimText: $0.text) } ?? matching[0]
      if TriageMatch.sameSpeaker(claim.speaker, best.speaker) {
        rightSpeaker += 1
      } else {
        misses.append(
          Miss(page: page, what: "wrong speaker", text: claim.text,
               detail: "label=\(claim.speaker ?? "-") recorded=\(best.speaker ?? "-")"))
      }
    }
    for string in label.furniture {
      furniture += 1
      let wanted = TriageMatch.normalised(string)
      if let hit = recorded.first(where: { TriageMatch.records(label: wanted, claimText: $0.text, sentence: $0.sentence) }) {
        furnitureRecorded += 1
        misses.append(Miss(page: page, what: "furniture recorded", text: string, detail: hit.text))
      }
    }
    for string in label.nonclaims {
      nonclaims += 1
      let wanted = TriageMatch.normalised(string)
      if let hit = recorded.first(where: { TriageMatch.records(label: wanted, claimText: $0.text, sentence: $0.sentence) }) {
        nonclaimsRecorded += 1
        misses.append(Miss(page: page, what: "non-claim recorded", text: string, detail: hit.text))
      }
    }
  }
}
