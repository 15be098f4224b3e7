/// Why a fetch failed, as one stable word that events, summaries and scripts can group by.
public enum FetchErrorCategory: String, Sendable, CaseIterable {
  /// The URL could not be parsed.
  case badURL = "bad-url"
  /// A scheme other than http or https, in the first URL or in a redirect.
  case badScheme = "bad-scheme"
  /// The host name did not resolve.
  case dns
  /// The connection was refused or could not be made.
  case refused
  /// The connect timeout, total timeout or low-speed limit was hit.
  case timeout
  /// TLS failed: certificate not trusted, wrong host name, handshake error.
  case tls
  /// The address connected to is loopback, private, link-local, ... (see `AddressPolicy`).
  case blockedAddress = "blocked-address"
  /// A redirect led back to a URL already in the chain.
  case redirectLoop = "redirect-loop"
  /// More redirects than allowed (5 by default).
  case tooManyRedirects = "too-many-redirects"
  /// A 4xx answer (429 included, once its retries are spent).
  case http4xx = "http-4xx"
  /// A 5xx answer, once its retries are spent.
  case http5xx = "http-5xx"
  /// The server closed the connection before the body was complete.
  case connectionClosed = "connection-closed"
  /// The decoded body would exceed the decoded-size cap or the expansion ratio (a gzip bomb).
  case tooLarge = "too-large"
  /// The content encoding was unsupported or the compressed body was corrupt.
  case decodeError = "decode-error"
  /// The snapshot could not be written.
  case storage
  /// The fetch was cancelled before it finished.
  case cancelled
  /// Any other libcurl failure (the message names it).
  case other
}
