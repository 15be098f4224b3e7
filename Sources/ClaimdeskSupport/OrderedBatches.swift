import Dispatch
import Foundation

/// Work over `0..<count` in consecutive batches on every core, with the results handed over in
/// order on the calling thread: output can be streamed as it is made, yet comes out as one
/// thread would have made it. Workers take the next batch as soon as they finish one, staying
/// at most `window` batches ahead of delivery (so memory stays bounded). The first error, in
/// batch order, ends it.
package enum OrderedBatches {
  package static func run<T: Sendable>(
    count: Int, batchSize: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 16,
    _ work: @escaping @Sendable (Range<Int>) throws -> T, deliver: (T) throws -> Void
  ) throws {
    let size = max(1, batchSize)
    let batches = (count + size - 1) / size
    guard batches > 1, workers > 1 else {
      for b in 0..<batches { try deliver(work((b * size)..<min(count, (b + 1) * size))) }
      return
    }
    let queue = Queue<T>(window: max(window, workers))
    let group = DispatchGroup()
    // Threads of their own: the caller may be a Swift concurrency or Dispatch thread, and
    // Dispatch, not knowing it waits, would run fewer workers than there are cores.
    for _ in 0..<min(workers, batches) {
      group.enter()
      Thread {
        while let b = queue.nextBatch(of: batches) {
          queue.finish(b, Result { try work((b * size)..<min(count, (b + 1) * size)) })
        }
        group.leave()
      }.start()
    }
    // Whatever happens here, the workers are stopped and waited for before returning.
    defer {
      queue.stop()
      group.wait()
    }
    for b in 0..<batches { try deliver(queue.result(of: b).get()) }
  }

  /// The batches handed out and the results not yet delivered, under one condition lock.
  private final class Queue<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var delivered = 0
    private var stopped = false
    private var results: [Int: Result<T, any Error>] = [:]

    init(window: Int) { self.window = window }

    /// The next batch to work on, once it is within the window; nil when there are no more.
    func nextBatch(of batches: Int) -> Int? {
      condition.lock()
      defer { condition.unlock() }
      while !stopped, next < batches, next >= delivered + window { condition.wait() }
      guard !stopped, next < batches else { return nil }
      next += 1
      return next - 1
    }

    func finish(_ batch: Int, _ result: Result<T, any Error>) {
      condition.lock()
      results[batch] = result
      condition.broadcast()
      condition.unlock()
    }

    /// Waits for batch `b`'s result and takes it.
    func result(of b: Int) -> Result<T, any Error> {
      condition.lock()
      defer { condition.unlock() }
      while results[b] == nil { condition.wait() }
      delivered = b + 1
      condition.broadcast()
      return results.removeValue(forKey: b)!
    }

    func stop() {
      condition.lock()
      stopped = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
