import Foundation

/// Fetch runs started from claim pages, kept in memory so that the page (or its script, polling
/// `/fetches/ID`) can show how far one has got and what each URL gave. A run is visible only to
/// the session that started it; the oldest are forgotten past `limit`.
final class FetchJobs: @unchecked Sendable {
  /// As `/fetches/ID` shows it (without the owner: a session id is a secret the cookie holds).
  struct Job: Sendable, Encodable {
    let id: String
    /// The session that started it.
    let owner: String
    /// The claim's short id, for the page to return to.
    let claim: String
    var total: Int
    var done = 0
    /// One line per finished URL: "HTTP 200 https://...", "failed (timeout) https://...".
    var lines: [String] = []
    var finished = false
    /// Why the run could not be made or recorded, when it failed as a whole.
    var problem: String?

    enum CodingKeys: String, CodingKey { case id = "job", claim, total, done, lines, finished, problem }
  }

  private let lock = NSLock()
  private var jobs: [String: Job] = [:]
  private var order: [String] = []
  private let limit: Int

  init(limit: Int = 200) { self.limit = limit }

  func start(owner: String, claim: String, total: Int) -> Job {
    let job = Job(id: SessionStore.token(), owner: owner, claim: claim, total: total)
    lock.withLock {
      jobs[job.id] = job
      order.append(job.id)
      if order.count > limit { jobs[order.removeFirst()] = nil }
    }
    return job
  }

  func update(_ id: String, _ change: (inout Job) -> Void) {
    lock.withLock {
      guard var job = jobs[id] else { return }
      change(&job)
      jobs[id] = job
    }
  }

  /// The run, when `owner` started it.
  func job(_ id: String, owner: String) -> Job? {
    lock.withLock { jobs[id].flatMap { $0.owner == owner ? $0 : nil } }
  }
}
