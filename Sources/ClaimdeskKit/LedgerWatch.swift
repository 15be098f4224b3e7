import Foundation
import ClaimdeskLedger
import ClaimdeskPostgres

/// The committed head's seq, now and whenever it changes: what `claimdesk serve` feeds to open
/// queue pages. A database ledger is watched by a dedicated LISTEN connection (every commit
/// notifies); a file ledger by reading `claims/HEAD` (a few bytes) every `interval`, the only way
/// to see another process's append without a notification channel.
public enum LedgerWatch {
  /// The heads of `workspace`'s ledger as they change, the current one first. Ends when the
  /// consumer stops iterating. A database that cannot be reached is tried again every
  /// `retry`; the stream reports the head once more on reconnecting, so nothing is missed.
  public static func heads(
    of workspace: Workspace, interval: Duration = .seconds(1), retry: Duration = .seconds(2)
  ) -> AsyncStream<Int> {
    let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    let url = (try? WorkspaceConfig.load(from: workspace))?["ledger"].flatMap { try? LedgerDatabaseURL($0) }
    let ledger = workspace.ledger()
    let task = Task {
      var last: Int?
      let report: @Sendable (Int) -> Void = { continuation.yield($0) }
      while !Task.isCancelled {
        if let url {
          do { try await LedgerChangeListener.listen(url, onHead: report) } catch {}
          try? await Task.sleep(for: retry)
        } else {
          if let seq = try? ledger.committedHead()?.seq ?? 0, seq != last {
            last = seq
            report(seq)
          }
          try? await Task.sleep(for: interval)
        }
      }
      continuation.finish()
    }
    continuation.onTermination = { _ in task.cancel() }
    return stream
  }
}
