import Foundation

/// Remembers which notices a ledger has given, so that a command reading the ledger several
/// times (`report` folds it, then lists it) warns once, not once per read.
final class NoticeOnce: @unchecked Sendable {
  private let lock = NSLock()
  private var given = Set<String>()

  /// True the first time `notice` is seen.
  func first(_ notice: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return given.insert(notice).inserted
  }
}
