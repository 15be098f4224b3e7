import Foundation

/// How far this process has checked the ledger, kept in memory by a `Ledger` (and its copies)
/// for as long as the process runs: the verifier's replay state after the last checked line,
/// that line's head, and the store's rewrite token read (under the write lock) before those
/// lines were checked. While the store still gives that token, nothing below the head was
/// changed, so a writer checks only the lines after it, continuing from the replay state.
///
/// Kept in memory, not saved: the state is megabytes for a large ledger, so saving it after
/// every append would cost more than the append, while the processes that append often (a
/// server, the benchmark) are long-lived. A new process starts from `claims/verified` or a
/// full check, as before.
final class VerifiedProgress: @unchecked Sendable {
  struct State {
    var replay: VerifyReplay
    var head: LedgerHead
    var rewrites: String
    /// Bytes from the start known to be hashed by a check of every line (`VerifiedMark.full`).
    var full: Int
  }

  private let lock = NSLock()
  private var stored: State?

  var state: State? {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }

  /// The state, no longer kept here (so that the caller's copy is the only one).
  func take() -> State? {
    lock.withLock {
      defer { stored = nil }
      return stored
    }
  }
}
