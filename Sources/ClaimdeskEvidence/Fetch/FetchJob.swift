/// The state of one requested URL across its hops and retries. Engine thread only.
final class FetchJob {
  let index: Int
  let request: FetchRequest
  var result: FetchResult
  /// The URL of the hop to request next.
  var currentURL: String
  /// host:port of `currentURL`, for the per-host limit.
  var hostKey: String
  /// Attempts at the current hop.
  var attempt = 0
  /// Not to be started before this monotonic time (retry backoff).
  var notBefore = 0
  var exchanges: [WARCExchange] = []
  var hops: [FetchHop] = []

  init(index: Int, request: FetchRequest) {
    self.index = index
    self.request = request
    self.result = FetchResult(requestedURL: request.url, startedAt: UTCTime.nowMilliseconds())
    self.currentURL = request.url
    self.hostKey = URLSafety.hostKey(request.url) ?? ""
  }
}
