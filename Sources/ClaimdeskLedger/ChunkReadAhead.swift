import Foundation

/// The next chunk of a chunked fold, read on a thread of its own while the fold works on the
/// current one: the read (a copy of 16 MB and its page faults) otherwise stood alone between
/// two chunks, with the fold's helper thread idle.
final class ChunkReadAhead: @unchecked Sendable {
  let range: Range<Int>
  // Written once by the reading thread before `done` is signalled, read only after waiting on it.
  private var result: Result<[UInt8], any Error> = .success([])
  private let done = DispatchSemaphore(value: 0)
  private var waited = false

  /// A serial queue of its own: the global queues run no more threads than there are cores,
  /// and the fold's two threads already hold them.
  private static let queue = DispatchQueue(label: "claimdesk.ledger.read-ahead")

  init(_ range: Range<Int>, read: @escaping @Sendable (Range<Int>) throws -> [UInt8]) {
    self.range = range
    Self.queue.async {
      self.result = Result { try read(range) }
      self.done.signal()
    }
  }

  /// The bytes of `range` (or the read's error) once read.
  func bytes() throws -> [UInt8] {
    wait()
    return try result.get()
  }

  /// Waits for the read to end, so that no read outlives the fold that asked for it.
  func wait() {
    guard !waited else { return }
    done.wait()
    waited = true
  }
}
