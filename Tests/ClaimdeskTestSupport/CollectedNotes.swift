import Foundation

/// Notes a ledger reports (lines set aside, unverified reads), collected for a test to check.
public final class CollectedNotes: @unchecked Sendable {
  private let lock = NSLock()
  private var notes: [String] = []

  public init() {}

  public func add(_ note: String) { lock.withLock { notes.append(note) } }
  public var all: [String] { lock.withLock { notes } }
}
