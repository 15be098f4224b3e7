import Foundation

/// One connection to a ledger's database for a store beside the ledger (snapshots, fact-check
/// files): opened on first use, checking (and if need be upgrading) the schema, reopened after
/// a break, one caller at a time.
final class SchemaConnection: @unchecked Sendable {
  let url: LedgerDatabaseURL
  private let lock = NSLock()
  private var connection: BlockingConnection?

  init(url: LedgerDatabaseURL) { self.url = url }

  func close() {
    lock.withLock {
      connection?.close()
      connection = nil
    }
  }

  func use<T>(_ body: (BlockingConnection) throws -> T) throws -> T {
    try lock.withLock {
      if let open = connection, open.isClosed { connection = nil }
      let current: BlockingConnection
      if let open = connection {
        current = open
      } else {
        current = try BlockingConnection.open(url)
        do { _ = try LedgerSchema.check(current) } catch {
          current.close()
          throw error
        }
        connection = current
      }
      return try body(current)
    }
  }
}
