/// When a fetch counts as a capture of a page: the one rule for the ledger's `source.fetched`
/// records (`claimdesk fetch` fetches a source again until its latest fetch is a capture) and
/// for the WARC snapshots (`fetch-url` skips only URLs the folder holds a capture of).
///
/// A capture is a complete final response: `fetched` or `unchanged`, or a 4xx answer (a 404 page
/// is a capture of what the server said about the URL). Not captures, and so fetched again: a 5xx
/// answer, 408 and 429 (which say "try later"), a body cut short (by the size cap, a timeout or a
/// closed connection), a body that cannot be decoded or exceeds the decoded-size cap, a redirect
/// refused or never ending, a refused address, a DNS, connection or TLS failure, a cancelled fetch.
public enum CaptureRule {
  /// `outcome` is `fetched`, `unchanged` or `failed`; `failureCategory` the fetcher's category
  /// (`http-4xx`, `timeout`, ...) when it failed; `httpStatus` the final hop's status (0 when none).
  public static func isCapture(outcome: String, failureCategory: String?, httpStatus: Int, truncated: Bool) -> Bool {
    if truncated { return false }
    switch outcome {
    case "fetched", "unchanged": return failureCategory == nil
    default: return failureCategory == "http-4xx" && answered(httpStatus)
    }
  }

  /// A 4xx that answers for the URL (not 408 Request Timeout or 429 Too Many Requests).
  public static func answered(_ status: Int) -> Bool {
    (400...499).contains(status) && status != 408 && status != 429
  }
}
