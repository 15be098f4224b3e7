import ClaimdeskSupport
/// Limits and settings of one fetch run. Times are in milliseconds, sizes in bytes.
public struct FetchOptions: Sendable, Equatable {
  /// Where the WARC files go (created when missing).
  public var snapshotDirectory: String
  /// Transfers at the same time (`-j`).
  public var concurrency = 8
  /// Transfers at the same time to one host and port (`--per-host`).
  public var perHost = 2
  public var addressPolicy = AddressPolicy.publicOnly
  public var connectTimeout = 10_000
  /// Whole-transfer limit for one hop (`--timeout`).
  public var totalTimeout = 30_000
  /// Abort when slower than `lowSpeedLimit` bytes/s for `lowSpeedTime` ms.
  public var lowSpeedLimit = 256
  public var lowSpeedTime = 15_000
  /// Raw (still encoded) body cap; a longer body is cut and marked truncated (`--max-bytes`).
  public var maxBytes = 10 * 1024 * 1024
  /// Decoded body cap, and the largest decoded/encoded ratio once past 1 MiB (gzip bombs).
  public var maxDecodedBytes = 50 * 1024 * 1024
  public var maxExpansionRatio = 100
  public var maxRedirects = 5
  /// Retries after a connection error, 429 or 5xx (never after another 4xx).
  public var maxRetries = 2
  /// First backoff delay; doubled at each retry.
  public var retryBaseDelay = 500
  /// A `Retry-After` longer than this is not waited for: the fetch fails at once.
  public var maxRetryAfter = 30_000
  /// An extra trusted CA bundle (PEM), used beside the system's CAs (`--ca-file`).
  public var caFile: String?
  /// A proxy URL (`--proxy`). Without one no proxy is used, whatever `http_proxy` says. With
  /// one, the address check applies to the proxy's address (the proxy resolves the target).
  public var proxy: String?
  public var userAgent = "claimdesk/\(ClaimdeskVersion.current) (+fact-check fetcher)"

  public init(snapshotDirectory: String) {
    self.snapshotDirectory = snapshotDirectory
  }
}
