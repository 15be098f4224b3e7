import Dispatch
import Foundation

/// `body(0)`, ..., `body(count - 1)` at once, as many on their own threads as there are cores,
/// with the results in order: for the few large pieces of one job (halves of a file, say).
package func concurrentMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let results = Results<T>(count)
  DispatchQueue.concurrentPerform(iterations: count) { results.set($0, body($0)) }
  return results.all
}

/// One slot per piece, each set once by the thread that made it.
private final class Results<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(_ count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }

  var all: [T] { lock.withLock { slots.map { $0! } } }
}
