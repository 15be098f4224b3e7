import Foundation

/// The open change feeds and the one watcher of the ledger that serves them all: the watcher
/// (a LISTEN connection, or a read of HEAD each second) starts with the first feed and stops
/// with the last, and each head it reports goes to every feed. At most `limit` feeds at once.
final class ChangeFeeds: @unchecked Sendable {
  private let limit: Int
  private let heads: @Sendable () -> AsyncStream<Int>
  private let lock = NSLock()
  private var subscribers: [Int: @Sendable (Int) -> Void] = [:]
  private var nextID = 0
  private var latest: Int?
  private var watcher: Task<Void, Never>?

  init(limit: Int, heads: @escaping @Sendable () -> AsyncStream<Int>) {
    self.limit = limit
    self.heads = heads
  }

  /// How many feeds are open.
  var count: Int { lock.withLock { subscribers.count } }

  /// Adds a feed that `onHead` receives heads on (the latest known one at once); nil when
  /// `limit` feeds are open already.
  func subscribe(_ onHead: @escaping @Sendable (Int) -> Void) -> Int? {
    let (id, known): (Int?, Int?) = lock.withLock {
      guard subscribers.count < limit else { return (nil, nil) }
      nextID += 1
      subscribers[nextID] = onHead
      if watcher == nil { watcher = startWatching() }
      return (nextID, latest)
    }
    if id != nil, let known { onHead(known) }
    return id
  }

  func unsubscribe(_ id: Int) {
    lock.withLock {
      subscribers[id] = nil
      if subscribers.isEmpty {
        watcher?.cancel()
        watcher = nil
        latest = nil  // nobody watches now: a later feed must not be told a stale head
      }
    }
  }

  private func startWatching() -> Task<Void, Never> {
    let heads = self.heads
    return Task { [weak self] in
      for await seq in heads() {
        guard let self else { return }
        let receivers = self.lock.withLock { () -> [@Sendable (Int) -> Void] in
          self.latest = seq
          return Array(self.subscribers.values)
        }
        for receive in receivers { receive(seq) }
      }
    }
  }
}
