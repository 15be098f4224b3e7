import ClaimdeskExtraction
import Foundation

/// The labelled news units as `CheckWorthinessAdapter` fits them: each page is read as
/// `extract --all-sentences --dry-run` reads it, with the shipped model, and each unit whose
/// digest is labelled claim, non-claim or furniture becomes an example (claim: check-worthy)
/// whose offset is the logit of the score extraction gives it now, model and rules together.
public enum NewsAdaptationSet {
  public struct Outcome: Sendable {
    public var examples: [AdaptationExample]
    /// Labels whose unit the extractor no longer makes (its rules changed since labelling).
    public var unmatched: Int
    /// Units labelled unsure, left out.
    public var unsure: Int
  }

  public static func build(
    _ labels: [NewsUnitLabel], scorer base: CheckWorthinessModel, page: (String) throws -> [UInt8]
  ) throws -> Outcome {
    var byPage: [String: [String: NewsUnitLabel.Label]] = [:]
    var order: [String] = []
    for label in labels {
      if byPage[label.page] == nil { order.append(label.page) }
      byPage[label.page, default: [:]][label.unit] = label.label
    }
    var outcome = Outcome(examples: [], unmatched: 0, unsure: 0)
    for id in order {
      let wanted = byPage[id] ?? [:]
      let scorer = PreviousRecorder(base)
      var options = ExtractionOptions()
      options.minimumScore = 0
      options.dryRun = true
      let read = try Workbench.read(try page(id), origin: id, options: options, scorer: scorer)
      var found = Set<String>()
      for entry in read.claims {
        let digest = NewsUnitLabel.digest(entry.claim.text)
        guard let label = wanted[digest], found.insert(digest).inserted else { continue }
        if label == .unsure { outcome.unsure += 1; continue }
        let p = min(max(entry.claim.score, 1e-6), 1 - 1e-6)
        outcome.examples.append(
          AdaptationExample(
            text: entry.claim.text, previous: scorer.previous(of: entry.claim.text), offset: log(p / (1 - p)),
            isCheckWorthy: label == .claim, group: id))
      }
      outcome.unmatched += wanted.count - found.count
    }
    return outcome
  }
}

/// Scores with the shipped model and remembers the sentence before each text it scored, so an
/// example sees exactly what the scorer saw.
private final class PreviousRecorder: CheckWorthinessScoring, @unchecked Sendable {
  private let base: CheckWorthinessModel
  private let lock = NSLock()
  private var previousOf: [String: String?] = [:]

  init(_ base: CheckWorthinessModel) { self.base = base }

  func score(_ sentence: String, previous: String?) -> Double {
    lock.lock()
    if previousOf[sentence] == nil { previousOf[sentence] = .some(previous) }
    lock.unlock()
    return base.score(sentence, previous: previous)
  }

  func previous(of text: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return previousOf[text] ?? nil
  }
}
