import Foundation
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskText

/// Captured pages read back from their WARC snapshots, kept for a while: reading and parsing a
/// page costs milliseconds, and a claim page is opened again and again. A snapshot never changes
/// once written, so an entry is never stale; past `capacity` entries the cache starts over.
final class CapturedPages: @unchecked Sendable {
  /// A source's captured page, or why it cannot be shown (one line), or neither (no capture).
  struct Outcome {
    var page: Document?
    var problem: String?
  }

  private let lock = NSLock()
  private var pages: [String: Outcome] = [:]
  private let capacity: Int

  init(capacity: Int = 64) { self.capacity = capacity }

  func page(_ source: SourceState, workbench: Workbench) -> Outcome {
    guard let latest = source.fetches.last(where: \.isCapture)?.fetch else { return Outcome() }
    let key = (latest.warcFile ?? "") + "#" + (latest.revisitOf?.recordID ?? latest.warcRecordID ?? "")
    if let known = lock.withLock({ pages[key] }) { return known }
    var outcome = Outcome()
    do {
      outcome.page = try workbench.readCapturedPage(source)
    } catch {
      // Said on the page (a reviewer must know why the page is missing) and in the log.
      workbench.ledger.notices("warning: \(error)")
      outcome.problem = "\(error)"
    }
    lock.withLock {
      if pages.count >= capacity { pages.removeAll() }
      pages[key] = outcome
    }
    return outcome
  }
}
