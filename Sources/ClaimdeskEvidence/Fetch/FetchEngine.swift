import Foundation

/// Fetches URLs with libcurl, safely (schemes, addresses, sizes, times are all checked) and
/// concurrently, storing each fetch as a WARC file. Each `fetch` call runs its own libcurl multi
/// loop on a dedicated thread.
public final class FetchEngine: Sendable {
  public let options: FetchOptions

  /// Checks the options and creates the snapshot folder.
  public init(options: FetchOptions) throws {
    guard options.concurrency >= 1, options.perHost >= 1 else {
      throw FetchError.invalidOption("concurrency and per-host limits must be at least 1")
    }
    guard options.maxBytes >= 1, options.totalTimeout >= 1, options.connectTimeout >= 1 else {
      throw FetchError.invalidOption("size caps and timeouts must be positive")
    }
    if let caFile = options.caFile, !FileManager.default.isReadableFile(atPath: caFile) {
      throw FetchError.unreadableCAFile(path: caFile)
    }
    do {
      try FileManager.default.createDirectory(atPath: options.snapshotDirectory, withIntermediateDirectories: true)
    } catch {
      throw FetchError.cannotCreateSnapshotDirectory(path: options.snapshotDirectory, reason: error.localizedDescription)
    }
    try CurlGlobal.initialise()
    self.options = options
  }

  /// Fetches every request, `options.concurrency` at a time. Results come in request order;
  /// `progress` is called on the engine's thread. Cancelling the task fails what is left with
  /// the category `cancelled`.
  public func fetch(
    _ requests: [FetchRequest], progress: (@Sendable (FetchProgress) -> Void)? = nil
  ) async -> [FetchResult] {
    if requests.isEmpty { return [] }
    let cancelled = CancelFlag()
    let options = self.options
    return await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<[FetchResult], Never>) in
        let thread = Thread {
          guard let loop = FetchLoop(requests: requests, options: options, progress: progress) else {
            let now = UTCTime.nowMilliseconds()
            continuation.resume(returning: requests.map { request in
              var result = FetchResult(requestedURL: request.url, startedAt: now)
              result.failure = FetchFailure(.other, "libcurl could not create a multi handle")
              return result
            })
            return
          }
          continuation.resume(returning: loop.run(isCancelled: { cancelled.isSet }))
        }
        thread.name = "claimdesk-fetch"
        thread.start()
      }
    } onCancel: {
      cancelled.set()
    }
  }
}
