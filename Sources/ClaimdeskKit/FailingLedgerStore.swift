import ClaimdeskLedger

/// A ledger store that could not be set up (unreadable settings, a malformed ledger URL):
/// every use throws why, so no command falls back to another ledger by mistake.
struct FailingLedgerStore: LedgerStore {
  let error: any Error
  var displayName: String { "claims/config.json" }
  func head() throws -> LedgerHead? { throw error }
  func read(_ range: Range<Int>) throws -> [UInt8] { throw error }
  func stream(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws { throw error }
  func storedLength() throws -> Int { throw error }
  func withWriteLock<T>(_ body: () throws -> T) throws -> T { throw error }
  func setAsideUncommitted(beyond head: LedgerHead) throws -> String? { throw error }
  func write(_ lines: [[UInt8]], at offset: Int) throws { throw error }
  func commit(_ newHead: LedgerHead) throws { throw error }
  func changeToken(forRecording: Bool) throws -> String? { throw error }
}
