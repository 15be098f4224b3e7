import Foundation
import PostgresNIO

/// One PostgreSQL connection used synchronously, as the `LedgerStore` protocol is: each query
/// is sent on an event loop of Claimdesk's own one-thread group and the calling thread blocks
/// on its future (`wait()`). The group is not shared with anything else (Hummingbird's loops
/// included), so a caller can never block the loop its own answer must arrive on. Callers are
/// plain threads: the CLI's main thread, or the server's `Blocking` queue.
final class BlockingConnection: @unchecked Sendable {
  /// Claimdesk's event loop for PostgreSQL; one thread is plenty for a few connections.
  static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

  let url: LedgerDatabaseURL
  private let connection: PostgresConnection
  private let logger: Logger

  /// The query being waited for, failed if the connection closes first: postgres-nio never
  /// answers a query that was sent just as the server dropped the connection.
  private let pendingLock = NSLock()
  private var pending: EventLoopPromise<PostgresQueryResult>?

  private init(url: LedgerDatabaseURL, connection: PostgresConnection, logger: Logger) {
    self.url = url
    self.connection = connection
    self.logger = logger
    connection.closeFuture.whenComplete { [weak self] _ in
      guard let self else { return }
      let waiting = self.pendingLock.withLock { self.pending }
      waiting?.fail(PostgresLedgerError.unavailable(url: url.description, reason: "the server closed the connection"))
    }
  }

  static func open(_ url: LedgerDatabaseURL, connectTimeout: TimeAmount = .seconds(10)) throws -> BlockingConnection {
    var logger = Logger(label: "claimdesk.postgres")
    logger.logLevel = .critical
    var configuration = PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: PasswordSource.password(for: url),
      database: url.database, tls: try TLSContexts.setting(for: url))
    configuration.options.connectTimeout = connectTimeout
    configuration.options.additionalStartupParameters = [("application_name", "claimdesk")]
    let future = PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger)
    do {
      return BlockingConnection(url: url, connection: try future.wait(), logger: logger)
    } catch {
      throw PostgresFailure.map(error, url: url)
    }
  }

  var isClosed: Bool { connection.isClosed }

  /// All rows of `query`, or the error mapped to a one-line `PostgresLedgerError`.
  @discardableResult
  func query(_ query: PostgresQuery) throws -> PostgresQueryResult {
    // A query sent on a connection the server has closed (a terminated backend) is never
    // answered: refused here instead.
    guard !connection.isClosed else {
      throw PostgresLedgerError.unavailable(url: url.description, reason: "the server closed the connection")
    }
    let promise = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
    pendingLock.withLock { pending = promise }
    defer { pendingLock.withLock { pending = nil } }
    connection.query(query, logger: logger).cascade(to: promise)
    do {
      return try promise.futureResult.wait()
    } catch {
      throw PostgresFailure.map(error, url: url)
    }
  }

  /// Sends one statement without waiting for its answer (or its failure): for a statement
  /// whose failure changes nothing the caller would do.
  func send(_ sql: String) {
    guard !connection.isClosed else { return }
    connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).whenComplete { _ in }
  }

  /// One statement without parameters (schema, transaction control).
  func run(_ sql: String) throws {
    try query(PostgresQuery(unsafeSQL: sql))
  }

  func close() {
    try? connection.close().wait()
  }

  /// A connection must be closed before it goes (postgres-nio asserts so): closed here, and
  /// waited for, since the last reference is dropped on a caller's thread, never on the loop.
  deinit {
    if !connection.isClosed {
      if connection.eventLoop.inEventLoop {
        connection.close().whenComplete { _ in }
      } else {
        try? connection.close().wait()
      }
    }
  }
}
