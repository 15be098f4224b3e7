import Foundation

/// A process-local copy of the index, shared by copies of one `Ledger`. It is only ever used
/// after checking it against the ledger's current length and last hash.
final class IndexMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: LedgerIndex?
  private var saved = 0

  var index: LedgerIndex? {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }

  /// The ledger length the index file on disk was made for (0: none read or written yet).
  var savedLength: Int {
    get { lock.withLock { saved } }
    set { lock.withLock { saved = newValue } }
  }
}
