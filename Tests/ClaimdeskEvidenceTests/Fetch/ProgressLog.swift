import Synchronization
@testable import ClaimdeskEvidence

/// Collects progress reports from the engine's thread.
final class ProgressLog: Sendable {
  private let reports = Mutex<[FetchProgress]>([])
  func add(_ progress: FetchProgress) { reports.withLock { $0.append(progress) } }
  var finished: [FetchProgress] { reports.withLock { $0.filter { $0.finished != nil } } }
}
