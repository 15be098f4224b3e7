import Foundation
import PostgresNIO

/// A dedicated connection that LISTENs on `claimdesk_ledger`, the channel every commit
/// notifies with its new head's seq (`PostgresLedgerStore.commit`): how a server learns that
/// another machine appended, without asking the database every second.
public enum LedgerChangeListener {
  /// The channel commits notify on.
  static let channel = "claimdesk_ledger"

  /// Calls `onHead` with the committed head's seq once listening has begun (read after the
  /// LISTEN, so no commit between the two is missed), then with each commit's seq as its
  /// notification arrives. Returns when the task is cancelled; throws the one-line
  /// `PostgresLedgerError` when the connection cannot be made or breaks (the caller retries).
  public static func listen(_ url: LedgerDatabaseURL, onHead: @Sendable (Int) -> Void) async throws {
    var logger = Logger(label: "claimdesk.postgres.listen")
    logger.logLevel = .critical
    var configuration = PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: PasswordSource.password(for: url),
      database: url.database, tls: .disable)
    configuration.options.connectTimeout = .seconds(10)
    configuration.options.additionalStartupParameters = [("application_name", "claimdesk listen")]
    let connection: PostgresConnection
    do {
      connection = try await PostgresConnection.connect(
        on: BlockingConnection.group.next(), configuration: configuration, id: 2, logger: logger)
    } catch {
      throw PostgresFailure.map(error, url: url)
    }
    do {
      try await connection.listen(on: channel) { notifications in
        let rows = try await connection.query("SELECT seq FROM claimdesk_head WHERE id = 1", logger: logger)
        for try await seq in rows.decode(Int.self) { onHead(seq) }
        for try await notification in notifications {
          if let seq = Int(notification.payload) { onHead(seq) }
        }
      }
      try? await connection.close()
      if !Task.isCancelled {
        throw PostgresLedgerError.unavailable(url: url.description, reason: "the server ended the LISTEN connection")
      }
    } catch {
      try? await connection.close()
      if Task.isCancelled { return }
      throw PostgresFailure.map(error, url: url)
    }
  }
}
