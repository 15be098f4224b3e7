import Foundation

/// Runs the workbench's blocking file work (flock, fsync, reads of the ledger) off the
/// concurrency pool, which has one thread per core: a waiting lock there would stall every request.
enum Blocking {
  static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try body() }) }
    }
  }

  private static let queue = DispatchQueue(label: "claimdesk.server.blocking", attributes: .concurrent)
}
