import Foundation
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskText

/// Captured pages read back from their WARC snapshots, kept for a while: reading and parsing a
/// page costs milliseconds, and a claim page is opened again and again. A snapshot never changes
/// once written, so an entry is never stale; past `capacity` entries the cache starts over.
final class CapturedPages: @unchecked Sendable {
  private let lock = NSLock()
  private var pages: [String: Document?] = [:]
  private let capacity: Int

  init(capacity: Int = 64) { self.capacity = capacity }

  func page(_ source: SourceState, workbench: Workbench) -> Document? {
    guard let latest = source.fetches.last(where: \.isCapture)?.fetch else { return nil }
    let key = (latest.warcFile ?? "") + "#" + (latest.revisitOf?.recordID ?? latest.warcRecordID ?? "")
    if let known = lock.withLock({ pages[key] }) { return known }
    let page = workbench.capturedPage(source)
    lock.withLock {
      if pages.count >= capacity { pages.removeAll() }
      pages[key] = .some(page)
    }
    return page
  }
}
