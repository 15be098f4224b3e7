import Dispatch
import Foundation

/// Fork-join over the machine's cores for the work between matrix products (attention,
/// GELU, LayerNorm), which would otherwise leave a core idle.
enum Parallel {
  static let workerCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

  static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if count <= 0 { return }
    if count == 1 || workerCount == 1 {
      for index in 0..<count { body(index) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
  }

  /// Splits 0..<count into about one contiguous range per worker.
  static func forEachRange(_ count: Int, minimumChunk: Int = 8, _ body: @Sendable (Range<Int>) -> Void) {
    let chunks = max(1, min(workerCount, count / max(1, minimumChunk)))
    forEach(chunks) { chunk in
      body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
    }
  }
}
